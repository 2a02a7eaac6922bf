package io.pmoflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

class StoredDataRefusalTest {

  static DataIntegrityViolationException refused(String sqlState) {
    return new DataIntegrityViolationException(
        "could not execute statement", new RuntimeException(new SQLException("refused", sqlState)));
  }

  @Test
  void aValueTooLongOrTooLargeIsTheRequestsFaultNotAConflict() {
    // 22001 string data right truncation, 22003 numeric value out of range (PostgreSQL and H2)
    assertThat(StoredDataRefusal.of(refused("22001")).status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(StoredDataRefusal.of(refused("22003")).status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(StoredDataRefusal.of(refused("22001")).detail()).doesNotContain("already exists");
    assertThat(StoredDataRefusal.of(refused("23502"))).isEqualTo(StoredDataRefusal.VALUE_MISSING);
  }

  @Test
  void onlyAUniqueKeySaysTheDataAlreadyExists() {
    assertThat(StoredDataRefusal.of(refused("23505")))
        .returns(HttpStatus.CONFLICT, StoredDataRefusal::status)
        .returns("This conflicts with data that already exists", StoredDataRefusal::detail);
    assertThat(StoredDataRefusal.of(refused("23503"))).isEqualTo(StoredDataRefusal.INCONSISTENT);
    assertThat(StoredDataRefusal.of(new DataIntegrityViolationException("no cause")))
        .isEqualTo(StoredDataRefusal.INCONSISTENT);
  }
}

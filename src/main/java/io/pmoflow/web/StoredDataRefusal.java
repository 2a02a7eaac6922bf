package io.pmoflow.web;

import io.pmoflow.i18n.Text;
import java.sql.SQLException;
import org.springframework.http.HttpStatus;

/**
 * Why the database refused a write, from its SQL state (the same codes in PostgreSQL and H2), in
 * words fit for the API's answer.
 */
enum StoredDataRefusal {
  /** Class 22, data exception: too long for its column, out of a numeric column's range, ... */
  VALUE_DOES_NOT_FIT(HttpStatus.BAD_REQUEST),
  /** 23502 not_null_violation. */
  VALUE_MISSING(HttpStatus.BAD_REQUEST),
  /** 23505 unique_violation. */
  ALREADY_EXISTS(HttpStatus.CONFLICT),
  /** Any other integrity constraint: a reference, a check. */
  INCONSISTENT(HttpStatus.CONFLICT);

  private final HttpStatus status;

  StoredDataRefusal(HttpStatus status) {
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }

  /** What went wrong, in the request's language ({@code problem.stored.<name>} of the bundle). */
  String detail() {
    return Text.of("problem.stored." + name()).inRequestLanguage();
  }

  static StoredDataRefusal of(Throwable failure) {
    return ofSqlState(sqlState(failure));
  }

  static StoredDataRefusal ofSqlState(String state) {
    if (state == null) {
      return INCONSISTENT;
    }
    if (state.startsWith("22")) {
      return VALUE_DOES_NOT_FIT;
    }
    return switch (state) {
      case "23502" -> VALUE_MISSING;
      case "23505" -> ALREADY_EXISTS;
      default -> INCONSISTENT;
    };
  }

  private static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}

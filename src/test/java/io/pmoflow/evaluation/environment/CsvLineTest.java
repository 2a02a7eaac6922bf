package io.pmoflow.evaluation.environment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void quotedValuesMayHoldCommasAndQuotes() {
    assertThat(CsvLine.split("a,\"b, c\",\"say \"\"hi\"\"\",,d")).containsExactly("a", "b, c", "say \"hi\"", "", "d");
    assertThat(CsvLine.split("")).containsExactly("");
  }
}

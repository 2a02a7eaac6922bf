package io.pmoflow.evaluation.environment;

import java.util.ArrayList;
import java.util.List;

/** One line of RFC 4180 CSV: commas separate values, a value in double quotes may hold commas and "" for a quote. */
final class CsvLine {

  private CsvLine() {}

  static List<String> split(String line) {
    List<String> values = new ArrayList<>();
    if (line == null) {
      return values;
    }
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          value.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        values.add(value.toString());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    values.add(value.toString());
    return values;
  }
}

package io.pmoflow.forms;

import io.pmoflow.i18n.Text;
import io.pmoflow.forms.FormInputRefused;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list typed into a Camunda Form's text area: one row per line, its values separated by
 * {@code |} or a tab, so rows copied from a spreadsheet paste as they are. Blank lines are
 * skipped.
 *
 * <p>Forms use this instead of a dynamic list because Tasklist 7.24 cannot complete a form whose
 * dynamic list holds values: its form-js 1.8.7 records an empty error entry for every field of a
 * list row, and Tasklist counts entries, so the Complete button stays disabled.
 */
public final class TextRows {

  private TextRows() {}

  /** One typed line of the list named {@code list}; {@code line} counts from 1 as the person sees it. */
  public record Row(Text list, int line, List<String> values) {

    /** The value at {@code index} (from 0), or null when it is missing or blank. */
    public String value(int index) {
      return index < values.size() && !values.get(index).isEmpty() ? values.get(index) : null;
    }

    /** Refuses the form because of this line, naming the list and the line. */
    public FormInputRefused refused(Text why) {
      return TextRows.refused(list, line, why);
    }
  }

  /**
   * The rows of the text; a row with more than {@code columns} values is refused with its line
   * number, since a value in the wrong column would be silently misread.
   */
  public static List<Row> parse(Object text, Text listLabel, int columns) {
    List<Row> rows = new ArrayList<>();
    if (text == null) {
      return rows;
    }
    String[] lines = text.toString().split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      List<String> values = Arrays.stream(lines[i].split("[|\\t]", -1)).map(String::strip).toList();
      if (values.size() > columns) {
        throw refused(listLabel, i + 1, Text.of("rows.too-many-values", String.valueOf(values.size()), String.valueOf(columns)));
      }
      rows.add(new Row(listLabel, i + 1, values));
    }
    return rows;
  }

  private static FormInputRefused refused(Text list, int line, Text why) {
    return new FormInputRefused(Text.of("rows.line", list, String.valueOf(line), why).inRequestLanguage());
  }

  /** The rows as a form shows them: values separated by " | ", one row per line. */
  public static String format(List<? extends List<?>> rows) {
    return rows.stream()
        .map(row -> row.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(" | ")))
        .collect(Collectors.joining("\n"));
  }

  /** The values of one row, in column order, for {@link #format}. */
  public static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }
}

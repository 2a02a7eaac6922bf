package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.forms.TextRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An evaluator's score sheet as the scoring form shows it: one line per proposal and criterion,
 * {@code vendor | criterion | score | comment} (see {@link TextRows}). Reading it back matches
 * each line to its proposal and criterion; {@link RfpScoring#submitScores} then checks that every
 * pair has a score from 0 to 10.
 */
final class ScoreSheetLines {

  private static final Text SHEET = Text.of("rfp.list.score-sheet");

  private ScoreSheetLines() {}

  static String format(List<RfpScoring.ScoreRow> sheet) {
    return TextRows.format(sheet.stream().map(r -> TextRows.row(r.vendor(), r.criterion(), r.score(), r.comment())).toList());
  }

  /** The criteria with their weights, e.g. {@code Price 60%, Approach 40%}. */
  static String weights(List<RfpScoring.ScoreRow> sheet) {
    return sheet.stream().map(r -> r.criterion() + " " + r.weight() + "%").distinct().collect(Collectors.joining(", "));
  }

  static List<RfpScoring.ScoreRow> parse(Object text, List<RfpScoring.ScoreRow> expected) {
    List<RfpScoring.ScoreRow> scored = new ArrayList<>();
    Set<RfpScoring.ScoreRow> seen = new HashSet<>();
    for (TextRows.Row row : TextRows.parse(text, SHEET, 4)) {
      RfpScoring.ScoreRow pair = expected.stream()
          .filter(e -> same(e.vendor(), row.value(0)) && same(e.criterion(), row.value(1)))
          .findFirst()
          .orElseThrow(() -> row.refused(Text.of("rfp.refused.no-such-proposal", row.value(0), row.value(1))));
      if (!seen.add(pair)) {
        throw row.refused(Text.of("rfp.refused.scored-twice", pair.vendor(), pair.criterion()));
      }
      scored.add(new RfpScoring.ScoreRow(pair.proposalId(), pair.vendor(), pair.criterion(), pair.weight(), score(row), row.value(3)));
    }
    return scored;
  }

  private static Integer score(TextRows.Row row) {
    String value = row.value(2);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw row.refused(Text.of("rfp.refused.score", value));
    }
  }

  private static boolean same(String expected, String typed) {
    return typed != null && expected.toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT));
  }
}

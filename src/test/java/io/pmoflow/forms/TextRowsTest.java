package io.pmoflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.i18n.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRowsTest {

  @Test
  void readsOneRowPerLineWithValuesSeparatedByBarsOrTabs() {
    List<TextRows.Row> rows = TextRows.parse("F-01 | MUST | functional | Orders online\n\n  F-02\tSHOULD\tfunctional\tPays by card  \r\n", Text.of("rfp.list.requirements"), 4);

    assertThat(rows).extracting(TextRows.Row::line).containsExactly(1, 3);
    assertThat(rows.get(0).values()).containsExactly("F-01", "MUST", "functional", "Orders online");
    assertThat(rows.get(1).values()).containsExactly("F-02", "SHOULD", "functional", "Pays by card");
  }

  @Test
  void aMissingOrBlankValueIsNull() {
    TextRows.Row row = TextRows.parse("User manual |  ", Text.of("rfp.list.deliverables"), 2).get(0);

    assertThat(row.value(0)).isEqualTo("User manual");
    assertThat(row.value(1)).isNull();
    assertThat(TextRows.parse("Price", Text.of("rfp.list.criteria"), 2).get(0).value(1)).isNull();
  }

  @Test
  void nothingTypedIsNoRows() {
    assertThat(TextRows.parse(null, Text.of("rfp.list.vendors"), 3)).isEmpty();
    assertThat(TextRows.parse(" \n \n", Text.of("rfp.list.vendors"), 3)).isEmpty();
  }

  @Test
  void aRowWithTooManyValuesIsRefusedWithItsLine() {
    assertThatThrownBy(() -> TextRows.parse("Price | 40\nApproach | 40 | 20", Text.of("rfp.list.criteria"), 2))
        .isInstanceOf(FormInputRefused.class)
        .hasMessage("Evaluation criteria, line 2: 3 values separated by | but at most 2 are expected");
    assertThatThrownBy(() -> RequestLanguage.in(Languages.JAPANESE,
            () -> TextRows.parse("Price | 40\nApproach | 40 | 20", Text.of("rfp.list.criteria"), 2)))
        .hasMessage("評価基準、2 行目：| で区切られた値が 3 個ありますが、最大 2 個です");
  }

  @Test
  void formatsRowsAsTheFormShowsThemAndReadsThemBackUnchanged() {
    String text = TextRows.format(List.of(TextRows.row("acme", "Price", null, null), TextRows.row("acme", "Approach", 7, "clear plan")));

    assertThat(text).isEqualTo("acme | Price |  | \nacme | Approach | 7 | clear plan");
    assertThat(TextRows.parse(text, Text.of("rfp.list.score-sheet"), 4)).extracting(r -> r.value(2)).containsExactly(null, "7");
  }
}

package io.pmoflow.specchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.specchange.SpecHistory.Change;
import io.pmoflow.specchange.SpecHistory.Revision;
import io.pmoflow.specchange.SpecHistory.SectionDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Baselines from section revisions, and the readable diff between two of them. */
class SpecHistoryTest {

  final SpecHistory history =
      new SpecHistory(
          List.of(
              new Revision("FUN-ORDER", SectionKind.FUNCTIONAL, 1, "Orders", "Enter an order\nConfirm it"),
              new Revision("UI-LOGIN", SectionKind.UI_SCREEN, 1, "Login", "User name\nPassword\nLogin button"),
              new Revision("UI-LOGIN", SectionKind.UI_SCREEN, 2, "Login", "User name\nPassword\nOne-time code\nLogin button"),
              new Revision("INT-ERP", SectionKind.INTERFACE, 3, "ERP export", "Nightly CSV"),
              new Revision("FUN-ORDER", SectionKind.FUNCTIONAL, 4, "Orders and returns", "Enter an order\nConfirm it")));

  @Test
  void aBaselineIsTheLatestRevisionOfEachSectionUpToItsVersion() {
    assertThat(history.at(1)).containsOnlyKeys("FUN-ORDER", "UI-LOGIN");
    assertThat(history.at(1).get("UI-LOGIN").body()).doesNotContain("One-time code");
    assertThat(history.at(2).get("UI-LOGIN").body()).contains("One-time code");
    assertThat(history.at(2).get("UI-LOGIN").changedIn()).isEqualTo(2);
    assertThat(history.at(4)).containsOnlyKeys("FUN-ORDER", "INT-ERP", "UI-LOGIN");
    assertThat(history.at(4).get("FUN-ORDER").title()).isEqualTo("Orders and returns");
  }

  @Test
  void knowsWhichVersionLastChangedASection() {
    assertThat(history.lastChanged("UI-LOGIN", 1)).contains(1);
    assertThat(history.lastChanged("UI-LOGIN", 4)).contains(2);
    assertThat(history.lastChanged("INT-ERP", 2)).isEmpty();
    assertThat(history.lastChanged("NOPE", 4)).isEmpty();
  }

  @Test
  void diffShowsOnlyChangedOrAddedSectionsLineByLine() {
    List<SectionDiff> diff = history.diff(1, 2);
    assertThat(diff).hasSize(1);
    assertThat(diff.get(0).sectionKey()).isEqualTo("UI-LOGIN");
    assertThat(diff.get(0).change()).isEqualTo(Change.CHANGED);
    assertThat(diff.get(0).lines()).containsExactly("  User name", "  Password", "+ One-time code", "  Login button");

    List<SectionDiff> wide = history.diff(2, 4);
    assertThat(wide).extracting(SectionDiff::sectionKey).containsExactly("FUN-ORDER", "INT-ERP");
    assertThat(wide.get(0).titleBefore()).isEqualTo("Orders");
    assertThat(wide.get(0).titleAfter()).isEqualTo("Orders and returns");
    assertThat(wide.get(1).change()).isEqualTo(Change.ADDED);
    assertThat(history.diff(3, 3)).isEmpty();
  }

  @Test
  void backwardsDiffReversesTheLines() {
    assertThat(history.diff(2, 1).get(0).lines()).contains("- One-time code");
  }

  @Test
  void lineDiffHandlesReplacementsAndEmptyTexts() {
    assertThat(LineDiff.of("a\nb\nc", "a\nx\nc")).containsExactly("  a", "- b", "+ x", "  c");
    assertThat(LineDiff.of("", "new")).containsExactly("+ new");
    assertThat(LineDiff.of("old", "")).containsExactly("- old");
  }

  @Test
  void readableDiffNamesVersionsSectionsAndTitles() {
    String text = SpecService.readable(2, 4, history.diff(2, 4));
    assertThat(text)
        .startsWith("Specification v2 -> v4")
        .contains("== FUN-ORDER (changed) ==", "- title: Orders", "+ title: Orders and returns", "== INT-ERP (added) ==",
            "+ Nightly CSV");
    assertThat(SpecService.readable(1, 1, List.of())).contains("(no differences)");
  }
}

package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Kind;
import io.pmoflow.rfp.RfpParts.Priority;
import io.pmoflow.rfp.RfpParts.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFP forms' lists typed one item per line: the drafting form and the score sheet. */
class RfpFormLinesTest {

  @Test
  void requirementsGoToTheFormAndComeBackTheSame() {
    List<Requirement> requirements = List.of(
        new Requirement("F-01", Priority.MUST, Kind.FUNCTIONAL, "Customers order online"),
        new Requirement("NF-01", Priority.SHOULD, Kind.NON_FUNCTIONAL, "Pages load in a second"));

    String text = RfpDraftLines.requirements(requirements);

    assertThat(text).isEqualTo("F-01 | MUST | functional | Customers order online\nNF-01 | SHOULD | non-functional | Pages load in a second");
    assertThat(RfpDraftLines.requirements(text)).isEqualTo(requirements);
  }

  @Test
  void wordsAreReadAsPeopleTypeThem() {
    assertThat(RfpDraftLines.requirements("F-01 | must | Non functional | Fast"))
        .containsExactly(new Requirement("F-01", Priority.MUST, Kind.NON_FUNCTIONAL, "Fast"));
    assertThat(RfpDraftLines.criteria("Price | 60 %\nApproach\t40")).containsExactly(new Criterion("Price", 60), new Criterion("Approach", 40));
    assertThat(RfpDraftLines.vendors("acme | Acme Ltd | bids@acme.example"))
        .containsExactly(new RfpDraft.InvitedVendor("acme", "Acme Ltd", "bids@acme.example"));
  }

  @Test
  void aMissingValueIsLeftForTheRulesToName() {
    assertThat(RfpDraftLines.requirements("F-01 | | | Orders")).containsExactly(new Requirement("F-01", null, null, "Orders"));
  }

  @Test
  void anUnreadableValueIsRefusedWithItsLine() {
    assertThatThrownBy(() -> RfpDraftLines.requirements("F-01 | MUST | functional | a\nF-02 | MAY | functional | b"))
        .isInstanceOf(FormInputRefused.class)
        .hasMessage("Requirements, line 2: the priority is MUST or SHOULD, not \"MAY\"");
    assertThatThrownBy(() -> RfpDraftLines.criteria("Price | sixty"))
        .hasMessage("Evaluation criteria, line 1: the weight is a whole number of percent, not \"sixty\"");
  }

  @Test
  void theScoreSheetListsEveryPairAndReadsTheScoresBack() {
    List<RfpScoring.ScoreRow> sheet = List.of(
        new RfpScoring.ScoreRow(7L, "acme", "Price", 60, null, null),
        new RfpScoring.ScoreRow(7L, "acme", "Approach", 40, null, null));

    assertThat(ScoreSheetLines.format(sheet)).isEqualTo("acme | Price |  | \nacme | Approach |  | ");
    assertThat(ScoreSheetLines.weights(sheet)).isEqualTo("Price 60%, Approach 40%");
    assertThat(ScoreSheetLines.parse("acme | price | 8 | cheapest\nACME | Approach | 6 |", sheet))
        .containsExactly(new RfpScoring.ScoreRow(7L, "acme", "Price", 60, 8, "cheapest"),
            new RfpScoring.ScoreRow(7L, "acme", "Approach", 40, 6, null));
  }

  @Test
  void theScoreSheetRefusesUnknownPairsRepeatsAndWordsForScores() {
    List<RfpScoring.ScoreRow> sheet = List.of(new RfpScoring.ScoreRow(7L, "acme", "Price", 100, null, null));

    assertThatThrownBy(() -> ScoreSheetLines.parse("globex | Price | 8", sheet))
        .isInstanceOf(FormInputRefused.class)
        .hasMessageStartingWith("Score sheet, line 1: there is no proposal of \"globex\" to score on \"Price\"");
    assertThatThrownBy(() -> ScoreSheetLines.parse("acme | Price | 8\nacme | Price | 9", sheet))
        .hasMessage("Score sheet, line 2: acme on Price is scored twice");
    assertThatThrownBy(() -> ScoreSheetLines.parse("acme | Price | good", sheet))
        .hasMessage("Score sheet, line 1: the score is a whole number from 0 to 10, not \"good\"");
  }
}

package io.pmoflow.evaluation;

import io.pmoflow.i18n.Languages;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weighted scores out of 100 from the testers' scores out of 5, with every reason kept. */
class EvaluationComparisonTest {

  @Test
  void weightsTheAveragesAndKeepsTheReasons() {
    EvaluationComparison comparison = EvaluationComparison.of(
        List.of(new Evaluation.Candidate(1, "lakeview", "LakeView", new BigDecimal("120000")),
            new Evaluation.Candidate(2, "tablo", "Tablo", new BigDecimal("90000"))),
        List.of(new Evaluation.Criterion(1, "Ease of use", 60), new Evaluation.Criterion(2, "Speed", 40)),
        List.of(new Evaluation.Score(1, "evan", "lakeview", 1, 5, "alone"), new Evaluation.Score(2, "ella", "lakeview", 1, 4, "fine"),
            new Evaluation.Score(1, "evan", "lakeview", 2, 2, "slow"), new Evaluation.Score(2, "ella", "lakeview", 2, 2, "slow too"),
            new Evaluation.Score(3, "evan", "tablo", 1, 3, "ok"), new Evaluation.Score(3, "evan", "tablo", 2, 5, "fast")));
    EvaluationComparison.CandidateResult lakeview = comparison.candidates().get(0);
    // (4.5 / 5) * 60 + (2 / 5) * 40 = 54 + 16
    assertThat(lakeview.weightedScore()).isEqualByComparingTo("70.0");
    assertThat(lakeview.criteria().get(0).reasons()).containsExactly("evan (5): alone", "ella (4): fine");
    // (3 / 5) * 60 + (5 / 5) * 40 = 36 + 40
    assertThat(comparison.candidates().get(1).weightedScore()).isEqualByComparingTo("76.0");
    assertThat(comparison.inWords(Languages.ENGLISH)).startsWith("Tablo (tablo): 76.0 / 100, 90000 yen / month");
    assertThat(comparison.inWords(Languages.JAPANESE)).startsWith("Tablo（tablo）：76.0 / 100 点、月額 90000 円");
  }
}

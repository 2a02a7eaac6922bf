package io.pmoflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.pmoflow.document.RenderedDocument;
import io.pmoflow.document.TestDocuments;
import io.pmoflow.project.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Which option fits, and why", rendered in the project's language with the comparison and every reason. */
class RecommendationDocumentTest {

  static RenderedDocument render(Locale language) {
    Evaluation evaluation = new Evaluation(7, 1, "営業と経理のデータ要求に合う BI ツールは？", "sales", LocalDate.parse("2026-12-20"), "paula",
        Instant.parse("2026-12-02T01:00:00Z"), EvaluationStatus.AWAITING_PM, "AUTO", "PMO authority", "pi", "tablo",
        "Tablo は安く、十分に速い。", null, null, null, null);
    EvaluationComparison comparison = EvaluationComparison.of(
        List.of(new Evaluation.Candidate(1, "lakeview", "LakeView BI", new BigDecimal("120000")),
            new Evaluation.Candidate(2, "tablo", "Tablo Cloud", new BigDecimal("90000"))),
        List.of(new Evaluation.Criterion(1, "使いやすさ", 100)),
        List.of(new Evaluation.Score(1, "evan", "lakeview", 1, 3, "研修が必要"), new Evaluation.Score(2, "evan", "tablo", 1, 4, "営業が自分でレポートを作れた")));
    Project project = mock(Project.class);
    when(project.getCode()).thenReturn("BI-2027");
    when(project.getName()).thenReturn("データ基盤");
    return TestDocuments.renderer().render(EvaluationRecommendations.TEMPLATE,
        Map.of("evaluation", evaluation, "project", project, "comparison", comparison, "recommended", "Tablo Cloud (tablo)",
            "version", 2, "generatedAt", Instant.parse("2026-12-10T01:00:00Z")),
        language);
  }

  @Test
  void japaneseHasTheRecommendationTheScoresAndNoRisksNamed() {
    RenderedDocument document = render(Locale.JAPANESE);
    assertThat(document.html()).contains("どの選択肢が合うか、その理由：EV-7", "2. 推奨：Tablo Cloud (tablo)", "Tablo は安く",
        "記載なし。", "evan (4): 営業が自分でレポートを作れた", "80.0", "60.0", "第 2 版");
    assertThat(new String(document.pdf(), 0, 4)).isEqualTo("%PDF");
  }

  @Test
  void englishToo() {
    assertThat(render(Locale.ENGLISH).html()).contains("Which option fits, and why: EV-7", "Weighted score (of 100)", "version 2");
  }
}

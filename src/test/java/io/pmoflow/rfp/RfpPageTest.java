package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.document.TestDocuments;
import io.pmoflow.i18n.Languages;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An RFP's readable page in the reader's language: headings, current steps, dates; what people wrote as written. */
class RfpPageTest {

  private static RfpView rfp(String cancelled) {
    return new RfpView(3L, 7L, "Hosting", RfpStatus.DRAFT, List.of("Draft the RFP: RFP-3 Hosting"), "pi", "Old servers", "Move them",
        List.of(), List.of(), null, List.of(), List.of(), List.of(), null, "Add the budget", null, null, cancelled, null,
        List.of(new RfpView.HistoryLine(Instant.parse("2026-12-01T13:02:00Z"), "paula", "RFP created", null)));
  }

  @Test
  void aJapaneseReaderReadsTheHeadingsStepsAndDatesInJapanese() {
    String page = rfp(null).page(TestDocuments.texts().in(Languages.JAPANESE));
    assertThat(page).contains("<html lang=", "<h1>RFP-3 Hosting</h1>", "<h2>状態</h2><pre>DRAFT：RFP を起案する：RFP-3 Hosting の待ち</pre>",
        "<h2>プロジェクト</h2><pre>プロジェクト番号 7</pre>", "<h2>背景</h2><pre>Old servers</pre>", "<h2>範囲</h2>",
        "<h2>前回のレビューのコメント</h2><pre>Add the budget</pre>", "<h2>履歴</h2><pre>2026年12月1日 22:02",
        "RFP を作成 (paula)");
    assertThat(page).doesNotContain("Status", "Background", "waiting at", "History", "<h2>中止</h2>", "RFP created");
  }

  @Test
  void anEnglishReaderReadsItInEnglish() {
    String page = rfp("No budget").page(TestDocuments.texts().in(Languages.ENGLISH));
    assertThat(page).contains("<h2>Status</h2><pre>DRAFT: waiting at Draft the RFP: RFP-3 Hosting</pre>", "<h2>Project</h2><pre>project number 7</pre>",
        "<h2>Comments from the last review</h2>", "<h2>Cancelled</h2><pre>No budget</pre>", "<h2>History</h2><pre>1 Dec 2026 22:02");
  }
}

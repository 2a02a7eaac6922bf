package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.pmoflow.document.DocumentRendererTest;
import io.pmoflow.document.PdfText;
import io.pmoflow.document.RenderedDocument;
import io.pmoflow.document.TestDocuments;
import io.pmoflow.project.DictionaryTerm;
import io.pmoflow.project.Project;
import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Deliverable;
import io.pmoflow.rfp.RfpParts.Kind;
import io.pmoflow.rfp.RfpParts.Priority;
import io.pmoflow.rfp.RfpParts.Requirement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The RFP's document rendered from its template, as vendors receive it. */
class RfpDocumentTest {

  static final Instant NOW = Instant.parse("2027-01-04T01:00:00Z");

  static Rfp japaneseRfp() {
    Rfp rfp = new Rfp(1L, "paula", NOW);
    rfp.apply(new RfpDraft(1L, "顧客管理システム導入", "営業部門は表計算ソフトで見込み客を管理しており、引き継ぎ漏れが発生している。",
        "ライセンス、初期設定、データ移行および研修。",
        List.of(new Requirement("F-01", Priority.MUST, Kind.FUNCTIONAL, DocumentRendererTest.LONG_JAPANESE_REQUIREMENT),
            new Requirement("NF-01", Priority.SHOULD, Kind.NON_FUNCTIONAL, "画面は2秒以内に応答すること (95th percentile)。")),
        List.of(new Deliverable("稼働システム", "設定済みでデータ移行を含む")),
        new RfpDraft.Milestones(LocalDate.parse("2027-01-05"), Instant.parse("2027-01-20T09:00:00Z"),
            Instant.parse("2027-02-10T09:00:00Z"), LocalDate.parse("2027-02-25"), LocalDate.parse("2027-04-01"),
            LocalDate.parse("2027-12-31")),
        List.of(new Criterion("価格", 60), new Criterion("提案内容", 40)),
        List.of(), List.of("evan"), false, false));
    return rfp;
  }

  static Project project() {
    Project project = mock(Project.class);
    when(project.getCode()).thenReturn("CRM-2027");
    when(project.getName()).thenReturn("新顧客管理システム");
    when(project.getClientDepartment()).thenReturn("営業部");
    return project;
  }

  static DictionaryTerm term(String term, String definition) {
    DictionaryTerm t = mock(DictionaryTerm.class);
    when(t.getTerm()).thenReturn(term);
    when(t.getDefinition()).thenReturn(definition);
    return t;
  }

  static RenderedDocument render(Rfp rfp, Locale language) {
    return TestDocuments.renderer().render(RfpDocument.TEMPLATE,
        RfpDocument.model(rfp, project(), List.of(term("本番稼働", "新システムでの最初の営業日 (go-live)")), 1, NOW),
        language);
  }

  @Test
  void aJapaneseRfpReadsInJapaneseWithEveryFontEmbedded() throws Exception {
    byte[] pdf = render(japaneseRfp(), Locale.JAPANESE).pdf();

    String text = PdfText.of(pdf).replaceAll("\\s+", "");
    assertThat(text).contains("顧客管理システム導入", "営業部", DocumentRendererTest.LONG_JAPANESE_REQUIREMENT,
        "本番稼働", "新システムでの最初の営業日(go-live)", "価格").doesNotContain("#");
    assertThat(PdfText.fonts(pdf)).allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
    assertThat(PdfText.glyphs(pdf)).allSatisfy(glyph ->
        assertThat(glyph.right()).as(glyph.text()).isLessThanOrEqualTo(glyph.pageWidth() - 50));
  }

  @Test
  void theFixedTextAndTheDatesAreInTheProjectsLanguageAndTheConfiguredTimeZone() throws Exception {
    RenderedDocument japanese = render(japaneseRfp(), Locale.JAPANESE);
    RenderedDocument english = render(japaneseRfp(), Locale.ENGLISH);

    assertThat(japanese.html()).contains("lang=\"ja\"");
    assertThat(PdfText.of(japanese.pdf()).replaceAll("\\s+", ""))
        .contains("提案依頼書（RFP）:顧客管理システム導入", "3.要件", "優先度", "必須", "非機能", "5.日程", "質問の締切",
            "2027年1月20日18:00（Asia/Tokyo）", "2027年2月25日", "第1版", "7.プロジェクト用語集", "締切後の提案は受け付けません。")
        .doesNotContain("Request for proposal", "Deadline", "2027-01-20");
    assertThat(english.html()).contains("lang=\"en\"", "<td>non-functional</td>");
    assertThat(PdfText.of(english.pdf()).replaceAll("\\s+", " "))
        .contains("Request for proposal: 顧客管理システム導入", "3. Requirements", "MUST",
            "Deadline for questions", "20 Jan 2027 18:00 (Asia/Tokyo)", "25 Feb 2027", "version 1",
            "Late proposals are not accepted.")
        .doesNotContain("提案依頼書", "必須");
  }
}

package io.pmoflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.document.PdfText.Font;
import io.pmoflow.document.PdfText.Glyph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

public class DocumentRendererTest {

  public static final String LONG_JAPANESE_REQUIREMENT =
      "顧客は注文画面から商品を検索し、在庫数と配送予定日を確認したうえで、クレジットカードまたは銀行振込で"
          + "支払いを完了できること。注文確定後は確認メールを自動送信し、管理者はCRMシステムの管理画面で注文状況"
          + "（受付、出荷準備中、出荷済み）を一覧表示して、顧客名、注文番号、注文日で絞り込み検索できること。";

  static DocumentRenderer renderer() {
    return TestDocuments.renderer();
  }

  @Test
  void rendersTheTemplateToHtmlAndToAPdfWithTheSameText() throws Exception {
    RenderedDocument rendered =
        renderer().render("test-letter", Map.of("name", "Ann & Bob <Ltd>", "lines", List.of("first", "second")), Locale.ENGLISH);

    assertThat(rendered.template()).isEqualTo("test-letter");
    assertThat(rendered.html()).contains("Dear Ann &amp; Bob &lt;Ltd&gt;").contains("<p>second</p>");
    assertThat(new String(rendered.pdf(), 0, 5)).isEqualTo("%PDF-");
    assertThat(PdfText.of(rendered.pdf())).contains("Dear Ann & Bob <Ltd>", "first", "second");
  }

  @Test
  void japaneseKoreanAndEnglishComeOutAsWrittenInFontsThePdfCarries() throws Exception {
    byte[] pdf =
        renderer()
            .render("test-letter", Map.of(
                "name", "山田様 (Yamada)",
                "lines", List.of("見積書を注文日までにご提出ください。", "한국어 고객 지원", "Plain English, naïve café")), Locale.ENGLISH)
            .pdf();

    // as written: 文 and 日, not the Kangxi radicals ⽂ and ⽇ that share their glyphs
    assertThat(PdfText.of(pdf))
        .contains("Dear 山田様 (Yamada)", "見積書を注文日までにご提出ください。", "한국어 고객 지원", "Plain English, naïve café")
        .doesNotContain("#");
    List<Font> fonts = PdfText.fonts(pdf);
    assertThat(fonts).allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
    // the heading is bold, in the bold face of the Japanese font
    assertThat(fonts).extracting(Font::name)
        .anySatisfy(name -> assertThat(name).endsWith("NotoSansJP-Bold"))
        .anySatisfy(name -> assertThat(name).endsWith("NotoSansKR-Regular"))
        .allSatisfy(name -> assertThat(name).contains("+NotoSans")); // "ABCDEF+": a subset
  }

  @Test
  void aLongJapaneseRequirementWrapsInsideItsTableCell() throws Exception {
    byte[] pdf =
        renderer()
            .render("test-table", Map.of(
                "lang", "ja", "title", "要件一覧",
                "rows", List.of(List.of("F-01", LONG_JAPANESE_REQUIREMENT), List.of("F-02", "Customers order online"))), Locale.JAPANESE)
            .pdf();

    List<Glyph> glyphs = PdfText.glyphs(pdf);
    assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
      // the page's right margin is 18 mm (51 pt): nothing runs into it, let alone off the page
      assertThat(glyph.right()).as(glyph.text()).isLessThanOrEqualTo(glyph.pageWidth() - 50);
      assertThat(glyph.x()).as(glyph.text()).isGreaterThanOrEqualTo(50);
    });
    Set<Float> requirementLines = glyphs.stream()
        .filter(glyph -> LONG_JAPANESE_REQUIREMENT.contains(glyph.text()))
        .map(Glyph::y)
        .collect(Collectors.toSet());
    assertThat(requirementLines).as("lines the requirement takes").hasSizeGreaterThanOrEqualTo(3);
    assertThat(PdfText.of(pdf).replaceAll("\\s+", "")).contains(LONG_JAPANESE_REQUIREMENT);
  }

  @Test
  void everyDocumentTemplateTakesTheSharedPageStyleWithItsFonts() throws IOException {
    Resource[] templates =
        new PathMatchingResourcePatternResolver().getResources("classpath*:templates/documents/*.html");
    assertThat(templates).isNotEmpty();
    for (Resource template : templates) {
      assertThat(template.getContentAsString(StandardCharsets.UTF_8))
          .as(template.getFilename())
          .contains("~{documents/fragments/page :: style}");
    }
  }
}

package io.pmoflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class DocumentRendererTest {

  /** The template engine as Spring Boot configures it: templates/*.html, SpEL expressions. */
  static DocumentRenderer renderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return new DocumentRenderer(engine);
  }

  @Test
  void rendersTheTemplateToHtmlAndToAPdfWithTheSameText() throws Exception {
    RenderedDocument rendered =
        renderer().render("test-letter", Map.of("name", "Ann & Bob <Ltd>", "lines", List.of("first", "second")));

    assertThat(rendered.template()).isEqualTo("test-letter");
    assertThat(rendered.html()).contains("Dear Ann &amp; Bob &lt;Ltd&gt;").contains("<p>second</p>");
    assertThat(new String(rendered.pdf(), 0, 5)).isEqualTo("%PDF-");
    assertThat(PdfText.of(rendered.pdf())).contains("Dear Ann & Bob <Ltd>", "first", "second");
  }
}

package io.pmoflow.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template from {@code templates/documents/} with a model to HTML, and the
 * HTML to PDF with openhtmltopdf. Templates must be well-formed XHTML (openhtmltopdf parses XML).
 * A document is written in one language: its fixed text comes from the message bundles
 * ({@code #{key}}, e.g. {@code i18n/documents}), and the variable {@code text} formats its dates
 * ({@code ${text.date(day)}}, {@code ${text.dateTime(instant)}}) in the deployment's time zone.
 */
@Component
public class DocumentRenderer {

  static final String TEMPLATE_FOLDER = "documents/";

  private final ITemplateEngine templates;
  private final Texts texts;
  private final DocumentFonts fonts = new DocumentFonts();

  public DocumentRenderer(ITemplateEngine templates, Texts texts) {
    this.templates = templates;
    this.texts = texts;
  }

  public RenderedDocument render(String template, Map<String, Object> model, Locale language) {
    LanguageTexts text = texts.in(language);
    Context context = new Context(text.language(), model);
    context.setVariable("text", text);
    String html = templates.process(TEMPLATE_FOLDER + template, context);
    return new RenderedDocument(template, html, pdf(html));
  }

  /** One PDF at a time: the documents share the parsed fonts (see {@link DocumentFonts}). */
  private synchronized byte[] pdf(String html) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(document);
      fonts.register(builder, document);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the PDF", e);
    }
  }
}

package io.pmoflow.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
 */
@Component
public class DocumentRenderer {

  static final String TEMPLATE_FOLDER = "documents/";

  private final ITemplateEngine templates;
  private final DocumentFonts fonts = new DocumentFonts();

  public DocumentRenderer(ITemplateEngine templates) {
    this.templates = templates;
  }

  public RenderedDocument render(String template, Map<String, Object> model) {
    String html = templates.process(TEMPLATE_FOLDER + template, new Context(Locale.ENGLISH, model));
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

package io.pmoflow.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every generated PDF embeds: Noto Sans (Latin, Greek, Cyrillic), Noto Sans JP and Noto
 * Sans KR, each Regular and Bold, under the SIL Open Font License 1.1. The build unpacks them from
 * their npm packages into {@code fonts/} on the classpath (see pom.xml); templates name them in
 * their {@code font-family} (the {@code documents/fragments/page} style). The PDF base fonts have
 * no Japanese or Korean glyphs, so without these every such character would print as {@code #}.
 *
 * <p>Each font file is parsed once and kept: openhtmltopdf opens every font of a family list for
 * its metrics, and parsing the six files again for each document took about a second. A parsed
 * font is not safe for use by two documents at once, so {@link DocumentRenderer} renders one PDF at
 * a time. Each document embeds only the glyphs it uses (a subset).
 */
final class DocumentFonts {

  static final String LATIN = "Noto Sans";
  static final String JAPANESE = "Noto Sans JP";
  static final String KOREAN = "Noto Sans KR";

  private static final String FOLDER = "fonts/";
  private static final int REGULAR = 400;
  private static final int BOLD = 700;

  private record Face(String family, int weight, String file) {}

  private static final List<Face> FACES =
      List.of(
          new Face(LATIN, REGULAR, "NotoSans-Regular.ttf"),
          new Face(LATIN, BOLD, "NotoSans-Bold.ttf"),
          new Face(JAPANESE, REGULAR, "NotoSansJP-Regular.ttf"),
          new Face(JAPANESE, BOLD, "NotoSansJP-Bold.ttf"),
          new Face(KOREAN, REGULAR, "NotoSansKR-Regular.ttf"),
          new Face(KOREAN, BOLD, "NotoSansKR-Bold.ttf"));

  private final Map<Face, TrueTypeFont> parsed = new ConcurrentHashMap<>();

  /**
   * Fails when a font is missing from the classpath, as it is after a build that skipped Maven's
   * generate-resources phase (some IDEs): better at start-up than a PDF full of {@code #}.
   */
  DocumentFonts() {
    for (Face face : FACES) {
      if (DocumentFonts.class.getClassLoader().getResource(FOLDER + face.file()) == null) {
        throw new IllegalStateException(
            "The PDF font " + FOLDER + face.file() + " is not on the classpath. The Maven build puts"
                + " it there (phase generate-resources): run mvn generate-resources or mvn package.");
      }
    }
  }

  /** Registers every face with the renderer of {@code document}, to be embedded as a subset. */
  void register(PdfRendererBuilder builder, PDDocument document) {
    for (Face face : FACES) {
      PDFontSupplier whenNeeded =
          new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
              return load(document, face);
            }
          };
      builder.useFont(whenNeeded, face.family(), face.weight(), FontStyle.NORMAL, true);
    }
  }

  private PDType0Font load(PDDocument document, Face face) {
    try {
      return PDType0Font.load(document, parsed.computeIfAbsent(face, DocumentFonts::parse), true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the PDF font " + face.file(), e);
    }
  }

  private static TrueTypeFont parse(Face face) {
    try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(FOLDER + face.file())) {
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the PDF font " + face.file(), e);
    }
  }
}

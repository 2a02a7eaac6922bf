package io.pmoflow.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
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
 *
 * <p>Memory: the font files (24 MB) are copied once to temporary files and read from there as the
 * parser and the subsetter need them, not held in the heap; the parsed fonts (mostly the CJK fonts'
 * character maps) are kept softly, so under the bounded heap of the default run
 * (pom.xml) the collector may drop them rather than fail, and the next document parses them again.
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

  private final Map<Face, Path> files = new ConcurrentHashMap<>();
  private final Map<Face, SoftReference<TrueTypeFont>> parsed = new ConcurrentHashMap<>();

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
      return PDType0Font.load(document, parsedFont(face), true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the PDF font " + face.file(), e);
    }
  }

  private TrueTypeFont parsedFont(Face face) {
    SoftReference<TrueTypeFont> kept = parsed.get(face);
    TrueTypeFont font = kept == null ? null : kept.get();
    if (font == null) {
      font = parse(face);
      parsed.put(face, new SoftReference<>(font));
    }
    return font;
  }

  private TrueTypeFont parse(Face face) {
    try {
      // copied again if something cleaned the temporary folder since (a font already open reads on)
      Path file = files.compute(face, (f, copied) -> copied != null && Files.isReadable(copied) ? copied : copyToTemporaryFile(f));
      return new TTFParser().parse(new RandomAccessReadBufferedFile(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the PDF font " + face.file(), e);
    }
  }

  private static Path copyToTemporaryFile(Face face) {
    try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(FOLDER + face.file())) {
      Path file = Files.createTempFile("pmoflow-font-", ".ttf");
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the PDF font " + face.file() + " to a temporary file", e);
    }
  }
}

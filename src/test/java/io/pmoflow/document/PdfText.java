package io.pmoflow.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Opens a PDF with PDFBox and returns its text, glyph positions or fonts, for tests of generated documents. */
public final class PdfText {

  private PdfText() {}

  public static String of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** One drawn character: where it is on its page (points from the top left) and how wide it is. */
  public record Glyph(String text, int page, float x, float y, float width, float pageWidth, float pageHeight) {

    public float right() {
      return x + width;
    }
  }

  public static List<Glyph> glyphs(byte[] pdf) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                glyphs.add(new Glyph(p.getUnicode(), getCurrentPageNo(), p.getXDirAdj(), p.getYDirAdj(),
                    p.getWidthDirAdj(), p.getPageWidth(), p.getPageHeight()));
              }
            }
          };
      stripper.getText(document);
    }
    return glyphs;
  }

  /** One font a page uses: its name and whether the PDF carries it (embedded) or leaves it to the reader. */
  public record Font(String name, boolean embedded) {}

  public static List<Font> fonts(byte[] pdf) throws IOException {
    List<Font> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (var name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.add(new Font(font.getName(), font.isEmbedded()));
        }
      }
    }
    return fonts;
  }
}

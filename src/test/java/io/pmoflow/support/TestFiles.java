package io.pmoflow.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files of the kinds a proposal may carry (and some that pretend to be), made in memory for tests. */
public final class TestFiles {

  private TestFiles() {}

  /** A one-page PDF with the text on it, made by PDFBox (Helvetica: Latin text only). */
  public static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Word document's shape: a zip with {@code [Content_Types].xml} and {@code word/document.xml}. */
  public static byte[] docx(String text) {
    return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
        "word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
  }

  /** A zip archive of the named text entries (name, content, name, content, …). */
  public static byte[] zip(String... namesAndContents) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 8-byte PNG signature and an IHDR chunk's start: enough to be known as a PNG by its content. */
  public static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
  }

  /** An HTML page with a script: what a disguised "proposal.pdf" might be. */
  public static byte[] html() {
    return "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
  }

  /** {@code size} bytes that start like a PDF: a file too large but of the right kind. */
  public static byte[] pdfOfSize(int size) {
    byte[] bytes = new byte[size];
    byte[] start = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, bytes, 0, start.length);
    return bytes;
  }
}

package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmoflow.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** Which files a proposal takes: by name and by content, within the limits, each refusal naming the file. */
class ProposalFileCheckTest {

  final ProposalFileCheck check = new ProposalFileCheck(new ProposalFileLimits(DataSize.ofKilobytes(100), DataSize.ofKilobytes(150), 3));

  @Test
  void realFilesOfEveryAcceptedKindPassWithTheTypeFoundInTheirContent() {
    assertThat(kind("proposal.pdf", TestFiles.pdf("Our offer"))).isEqualTo(ProposalFileKind.PDF);
    assertThat(kind("Plan.DOCX", TestFiles.docx("plan"))).isEqualTo(ProposalFileKind.WORD);
    assertThat(kind("prices.xlsx", TestFiles.zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>")))
        .isEqualTo(ProposalFileKind.EXCEL);
    assertThat(kind("deck.pptx", TestFiles.zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>")))
        .isEqualTo(ProposalFileKind.POWERPOINT);
    assertThat(kind("old.doc", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0))).isEqualTo(ProposalFileKind.WORD_97);
    assertThat(kind("team.png", TestFiles.png())).isEqualTo(ProposalFileKind.PNG);
    assertThat(kind("team.jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).isEqualTo(ProposalFileKind.JPEG);
    assertThat(kind("anim.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ProposalFileKind.GIF);
    assertThat(kind("photo.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ProposalFileKind.WEBP);
    assertThat(kind("references.zip", TestFiles.zip("a.txt", "a", "b/c.txt", "c"))).isEqualTo(ProposalFileKind.ZIP);
    CheckedFile checked = check.check(new ProposalUpload("proposal.pdf", TestFiles.pdf("x")));
    assertThat(checked.sha256()).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void aDisguisedFileIsRefusedNamingItAndTheKindItPretends() {
    assertRefused("proposal.pdf", TestFiles.html(), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "proposal.pdf is named as a PDF file but its content is not one");
    // a plain zip is not a Word document, whatever its name
    assertRefused("plan.docx", TestFiles.zip("a.txt", "a"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "plan.docx is named as a DOCX file");
    // a Word document is not a spreadsheet
    assertRefused("prices.xlsx", TestFiles.docx("x"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "prices.xlsx is named as a XLSX file");
    assertRefused("team.png", TestFiles.pdf("x"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "team.png is named as a PNG file");
    assertRefused("setup.exe", bytes('M', 'Z', 0x90, 0), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "setup.exe: only these kinds of file are accepted: pdf, docx");
    assertRefused("page.html", TestFiles.html(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "page.html: only these kinds");
    assertRefused("drawing.svg", "<svg/>".getBytes(StandardCharsets.UTF_8), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "drawing.svg: only");
    assertRefused("noextension", TestFiles.pdf("x"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "noextension: only");
  }

  @Test
  void sizeNameAndEmptinessAreChecked() {
    assertRefused("big.pdf", TestFiles.pdfOfSize(100 * 1024 + 1), HttpStatus.PAYLOAD_TOO_LARGE,
        "big.pdf is 100.0 KB; a file may be at most 100.0 KB");
    assertRefused("empty.pdf", new byte[0], HttpStatus.BAD_REQUEST, "empty.pdf is empty");
    assertRefused("  ", TestFiles.pdf("x"), HttpStatus.BAD_REQUEST, "A file has no name");
    // a client's folder is dropped, and control characters with it
    assertThat(check.check(new ProposalUpload("C:\\Users\\bid\\offer.pdf", TestFiles.pdf("x"))).name()).isEqualTo("offer.pdf");
    assertThat(check.check(new ProposalUpload("../../etc/of\u0000fer.pdf", TestFiles.pdf("x"))).name()).isEqualTo("offer.pdf");
    assertRefused("a".repeat(250) + ".pdf", TestFiles.pdf("x"), HttpStatus.BAD_REQUEST, "a file name may be at most 200 characters");
  }

  @Test
  void theProposalAsAWholeKeepsToItsCountTotalAndNames() {
    CheckedFile a = check.check(new ProposalUpload("a.pdf", TestFiles.pdfOfSize(80 * 1024)));
    CheckedFile b = check.check(new ProposalUpload("b.pdf", TestFiles.pdfOfSize(80 * 1024)));
    assertThatThrownBy(() -> check.checkProposal(List.of(), List.of(a, b)))
        .hasMessage("The proposal's files would come to 160.0 KB; all files of a proposal together may be at most 150.0 KB");
    CheckedFile small = check.check(new ProposalUpload("s.pdf", TestFiles.pdf("x")));
    CheckedFile other = check.check(new ProposalUpload("t.pdf", TestFiles.pdf("y")));
    CheckedFile third = check.check(new ProposalUpload("u.pdf", TestFiles.pdf("z")));
    CheckedFile fourth = check.check(new ProposalUpload("v.pdf", TestFiles.pdf("w")));
    assertThatThrownBy(() -> check.checkProposal(List.of(), List.of(small, other, third, fourth)))
        .hasMessage("A proposal may have at most 3 files; this would make 4");
    CheckedFile again = check.check(new ProposalUpload("S.PDF", TestFiles.pdf("x2")));
    assertThatThrownBy(() -> check.checkProposal(List.of(), List.of(small, again)))
        .hasMessage("S.PDF is already a file of this proposal: replace it, or give the new file another name");
  }

  @Test
  void aZipIsReadFromItsDirectoryWithoutInflatingIt() {
    byte[] zip = TestFiles.zip("[Content_Types].xml", "x", "word/document.xml", "y");
    assertThat(FileSignatures.entryNames(zip)).containsExactly("[Content_Types].xml", "word/document.xml");
    byte[] truncated = java.util.Arrays.copyOf(zip, zip.length - 10);
    assertThat(FileSignatures.isZip(truncated)).isFalse();
    assertThat(FileSignatures.isZip(new byte[3])).isFalse();
  }

  @Test
  void fileNamesAreInertInTheScoreFormsMarkdown() {
    assertThat(ProposalTexts.Markdown.escape("x](javascript:alert(1)).pdf")).isEqualTo("x\\]\\(javascript:alert\\(1\\)\\)\\.pdf");
    assertThat(ProposalTexts.Markdown.escape("<img src=x onerror=alert(1)>.png")).startsWith("\\<img");
  }

  private ProposalFileKind kind(String name, byte[] content) {
    return check.check(new ProposalUpload(name, content)).kind();
  }

  private void assertRefused(String name, byte[] content, HttpStatus status, String message) {
    assertThatThrownBy(() -> check.check(new ProposalUpload(name, content)))
        .isInstanceOfSatisfying(ProposalFileRefused.class, e -> assertThat(e.status()).isEqualTo(status))
        .hasMessageContaining(message);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}

package io.pmoflow.rfp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The kinds of file a proposal may carry, each known by its name's extension AND by its content:
 * a file is accepted only when its bytes are what its extension claims (a {@code .pdf} that is an
 * HTML page, or a {@code .docx} that is any zip, is refused). The media type stored and served is
 * the kind's, never the one the uploader declared.
 */
enum ProposalFileKind {
  PDF("application/pdf", List.of("pdf"), bytes -> FileSignatures.startsWith(bytes, "%PDF-")),
  WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
      bytes -> FileSignatures.isOfficeOpenXml(bytes, "word/")),
  EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
      bytes -> FileSignatures.isOfficeOpenXml(bytes, "xl/")),
  POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"),
      bytes -> FileSignatures.isOfficeOpenXml(bytes, "ppt/")),
  WORD_97("application/msword", List.of("doc"), FileSignatures::isOle2),
  EXCEL_97("application/vnd.ms-excel", List.of("xls"), FileSignatures::isOle2),
  POWERPOINT_97("application/vnd.ms-powerpoint", List.of("ppt"), FileSignatures::isOle2),
  PNG("image/png", List.of("png"), bytes -> FileSignatures.startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
  JPEG("image/jpeg", List.of("jpg", "jpeg"), bytes -> FileSignatures.startsWith(bytes, 0xFF, 0xD8, 0xFF)),
  GIF("image/gif", List.of("gif"), bytes -> FileSignatures.startsWith(bytes, "GIF87a") || FileSignatures.startsWith(bytes, "GIF89a")),
  WEBP("image/webp", List.of("webp"), FileSignatures::isWebp),
  ZIP("application/zip", List.of("zip"), FileSignatures::isZip);

  private final String mediaType;
  private final List<String> extensions;
  private final Predicate<byte[]> content;

  ProposalFileKind(String mediaType, List<String> extensions, Predicate<byte[]> content) {
    this.mediaType = mediaType;
    this.extensions = extensions;
    this.content = content;
  }

  String mediaType() {
    return mediaType;
  }

  /** The kind a file name's extension claims, if it is one a proposal may carry. */
  static Optional<ProposalFileKind> byName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
  }

  /** Whether the bytes are a file of this kind (by its signature, not by its name). */
  boolean matches(byte[] bytes) {
    return content.test(bytes);
  }

  /** The extensions accepted, for the refusal that lists them: {@code pdf, docx, …}. */
  static String acceptedExtensions() {
    return String.join(", ", Arrays.stream(values()).flatMap(kind -> kind.extensions.stream()).toList());
  }
}

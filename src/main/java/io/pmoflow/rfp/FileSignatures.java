package io.pmoflow.rfp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a file's bytes are, read from its signature (its first bytes) and, for the zip-based Office
 * formats, from the names in the zip's central directory. Nothing is decompressed, so a zip bomb
 * costs no more to check than its own size.
 */
final class FileSignatures {

  private static final int ZIP_LOCAL_HEADER = 0x04034b50;
  private static final int ZIP_EMPTY_ARCHIVE = 0x06054b50;
  private static final int ZIP_END_OF_DIRECTORY = 0x06054b50;
  private static final int ZIP_DIRECTORY_ENTRY = 0x02014b50;
  private static final int ZIP_END_RECORD_LENGTH = 22;
  private static final int ZIP_MAX_COMMENT = 0xFFFF;
  private static final int MAX_ENTRIES_READ = 10_000;

  private FileSignatures() {}

  static boolean startsWith(byte[] bytes, String ascii) {
    return startsWith(bytes, ascii.getBytes(StandardCharsets.US_ASCII));
  }

  static boolean startsWith(byte[] bytes, int... signature) {
    byte[] expected = new byte[signature.length];
    for (int i = 0; i < signature.length; i++) {
      expected[i] = (byte) signature[i];
    }
    return startsWith(bytes, expected);
  }

  private static boolean startsWith(byte[] bytes, byte[] signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (bytes[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /** Word, Excel and PowerPoint 97–2003: an OLE2 compound file. */
  static boolean isOle2(byte[] bytes) {
    return startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  /** RIFF container whose form type is WEBP. */
  static boolean isWebp(byte[] bytes) {
    return startsWith(bytes, "RIFF") && bytes.length >= 12
        && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
  }

  /** A zip archive (an empty one included) whose central directory can be read. */
  static boolean isZip(byte[] bytes) {
    int first = bytes.length >= 4 ? littleEndianInt(bytes, 0) : 0;
    return (first == ZIP_LOCAL_HEADER || first == ZIP_EMPTY_ARCHIVE) && entryNames(bytes) != null;
  }

  /**
   * An Office Open XML document (docx, xlsx, pptx): a zip holding {@code [Content_Types].xml} and
   * the part folder of its application ({@code word/}, {@code xl/}, {@code ppt/}).
   */
  static boolean isOfficeOpenXml(byte[] bytes, String partFolder) {
    if (!isZip(bytes)) {
      return false;
    }
    List<String> names = entryNames(bytes);
    return names.contains("[Content_Types].xml") && names.stream().anyMatch(name -> name.startsWith(partFolder));
  }

  /** The names in a zip's central directory, or null when there is none to read (not a zip, or a damaged or ZIP64 one). */
  static List<String> entryNames(byte[] bytes) {
    int end = endOfDirectory(bytes);
    if (end < 0) {
      return null;
    }
    int entries = littleEndianShort(bytes, end + 10);
    long offset = Integer.toUnsignedLong(littleEndianInt(bytes, end + 16));
    List<String> names = new ArrayList<>();
    int at = (int) Math.min(offset, Integer.MAX_VALUE);
    for (int i = 0; i < Math.min(entries, MAX_ENTRIES_READ); i++) {
      if (at < 0 || at + 46 > bytes.length || littleEndianInt(bytes, at) != ZIP_DIRECTORY_ENTRY) {
        return null;
      }
      int nameLength = littleEndianShort(bytes, at + 28);
      int extraLength = littleEndianShort(bytes, at + 30);
      int commentLength = littleEndianShort(bytes, at + 32);
      if (at + 46 + nameLength > bytes.length) {
        return null;
      }
      names.add(new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }

  /** Where the end-of-central-directory record starts, searched back from the end over a possible comment. */
  private static int endOfDirectory(byte[] bytes) {
    int last = bytes.length - ZIP_END_RECORD_LENGTH;
    int stop = Math.max(0, last - ZIP_MAX_COMMENT);
    for (int at = last; at >= stop; at--) {
      if (littleEndianInt(bytes, at) == ZIP_END_OF_DIRECTORY) {
        return at;
      }
    }
    return -1;
  }

  private static int littleEndianShort(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
  }

  private static int littleEndianInt(byte[] bytes, int at) {
    return littleEndianShort(bytes, at) | littleEndianShort(bytes, at + 2) << 16;
  }
}

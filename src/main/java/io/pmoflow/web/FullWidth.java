package io.pmoflow.web;

/**
 * Input typed with a Japanese input method in full-width mode: {@code ＣＲＭ－２０２７} reads as
 * {@code CRM-2027}, {@code １２，０００} as {@code 12,000}. Only for values that must be numbers, dates
 * or codes; names and descriptions keep what the person typed.
 */
public final class FullWidth {

  private static final int FULL_WIDTH_FIRST = 0xFF01;
  private static final int FULL_WIDTH_LAST = 0xFF5E;
  private static final int TO_ASCII = 0xFEE0;

  private FullWidth() {}

  /** Full-width ASCII as ASCII, the ideographic space as a space, minus-like marks as '-'. */
  public static String toHalfWidth(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder half = new StringBuilder(text.length());
    text.codePoints().forEach(c -> half.appendCodePoint(halfWidth(c)));
    return half.toString();
  }

  private static int halfWidth(int c) {
    if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
      return c - TO_ASCII;
    }
    return switch (c) {
      case 0x3000 -> ' ';
      // minus sign, hyphen, figure and en dashes, katakana prolonged sound mark: typed for '-'
      case 0x2212, 0x2010, 0x2011, 0x2012, 0x2013, 0x30FC, 0xFF70 -> '-';
      default -> c;
    };
  }
}

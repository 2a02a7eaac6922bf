package io.pmoflow.i18n;

import java.util.List;
import java.util.Locale;

/** The languages PMO Flow speaks: Japanese and English. Anything else reads English. */
public final class Languages {

  public static final Locale JAPANESE = Locale.JAPANESE;
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(JAPANESE, ENGLISH);

  /** The tags an API takes for a language, and what it says of any other. */
  public static final String TAG_PATTERN = "ja|en";
  public static final String TAG_RULE = "{pmoflow.validation.language}";

  private Languages() {}

  /** The supported language closest to the given one (by language only), English if none. */
  public static Locale supported(Locale wanted) {
    if (wanted == null) {
      return ENGLISH;
    }
    return SUPPORTED.stream()
        .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
        .findFirst()
        .orElse(ENGLISH);
  }

  /** The supported language named by a tag such as {@code ja}, {@code ja-JP} or {@code en}. */
  public static Locale supported(String tag) {
    return tag == null || tag.isBlank() ? ENGLISH : supported(Locale.forLanguageTag(tag.strip()));
  }
}

package io.pmoflow.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Texts in one language. A message with arguments is a {@link java.text.MessageFormat} pattern: a
 * single quote is written twice ({@code vendor''s}).
 */
public final class LanguageTexts {

  private final MessageSource messages;
  private final Locale language;
  private final Dates dates;

  LanguageTexts(MessageSource messages, Locale language, Dates dates) {
    this.messages = messages;
    this.language = language;
    this.dates = dates;
  }

  public Locale language() {
    return language;
  }

  public String get(String key, Object... arguments) {
    return messages.getMessage(key, arguments, language);
  }

  /** A day, e.g. {@code 2027年1月20日} or {@code 20 January 2027}; empty for none. */
  public String date(LocalDate date) {
    return dates.date(date);
  }

  /** A moment in the deployment's time zone, e.g. {@code 2027年1月20日 18:00 JST}; empty for none. */
  public String dateTime(Instant instant) {
    return dates.dateTime(instant);
  }
}

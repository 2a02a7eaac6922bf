package io.pmoflow.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Texts in one language. A message with arguments is a {@link java.text.MessageFormat} pattern: a
 * single quote is written twice ({@code vendor''s}).
 */
public final class LanguageTexts {

  private final MessageSource messages;
  private final Locale language;
  private final ZoneId zone;

  LanguageTexts(MessageSource messages, Locale language, ZoneId zone) {
    this.messages = messages;
    this.language = language;
    this.zone = zone;
  }

  public Locale language() {
    return language;
  }

  public String get(String key, Object... arguments) {
    return messages.getMessage(key, arguments, language);
  }

  /** A day, e.g. {@code 2027年1月20日} or {@code 20 Jan 2027} ({@link DateTexts}); empty for none. */
  public String date(LocalDate date) {
    return DateTexts.date(date, language);
  }

  /** A moment in the deployment's time zone, e.g. {@code 2027年1月20日 18:00（Asia/Tokyo）}; empty for none. */
  public String dateTime(Instant instant) {
    return DateTexts.dateTime(instant, language, zone);
  }
}

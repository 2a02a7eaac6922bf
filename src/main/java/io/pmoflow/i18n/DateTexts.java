package io.pmoflow.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and moments as a person reads them: in their language's format ({@code format.date} and
 * {@code format.date-time} of the bundle), a moment in the given time zone and naming it, since
 * the reader's own computer may be in another.
 */
public final class DateTexts {

  private DateTexts() {}

  /** {@code 1 Dec 2026}, {@code 2026年12月1日}; empty for none. */
  public static String date(LocalDate date, Locale language) {
    return date == null ? "" : formatter("format.date", language).format(date);
  }

  /** {@code 1 Dec 2026 22:02 (Asia/Tokyo)}, {@code 2026年12月1日 22:02（Asia/Tokyo）}; empty for none. */
  public static String dateTime(Instant moment, Locale language, ZoneId zone) {
    return moment == null
        ? ""
        : Text.of("format.in-zone", formatter("format.date-time", language).format(moment.atZone(zone)), zone.getId())
            .in(language);
  }

  private static DateTimeFormatter formatter(String key, Locale language) {
    Locale supported = Languages.supported(language);
    return DateTimeFormatter.ofPattern(Text.of(key).in(supported), supported);
  }
}

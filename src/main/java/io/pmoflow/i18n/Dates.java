package io.pmoflow.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and times as people of a language write them, in one time zone, named after the time. */
record Dates(Locale language, ZoneId zone) {

  String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
  }

  String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    DateTimeFormatter format =
        new DateTimeFormatterBuilder()
            .appendLocalized(FormatStyle.LONG, null)
            .appendLiteral(' ')
            .appendPattern("HH:mm")
            .appendLiteral(' ')
            .appendZoneText(TextStyle.SHORT)
            .toFormatter(language)
            .withZone(zone);
    return format.format(instant);
  }
}

package io.pmoflow.forms;

import io.pmoflow.i18n.Text;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A form's date-and-time fields and the moments they stand for. The forms' datetime fields take no
 * time zone ({@code timeSerializingFormat: no_timezone}): a person types a wall-clock time in the
 * deployment's time zone ({@code pmoflow.i18n.time-zone}, named on the form), whatever zone their
 * own computer is in, and the domain stores the instant. A value sent with an offset (as earlier
 * forms and API clients did, e.g. {@code 2026-12-01T13:02Z}) is that instant.
 */
public record FormTime(ZoneId zone) {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** The value a datetime field shows for the moment: {@code 2026-12-01T22:02} in the zone. */
  public String shown(Instant moment) {
    return moment == null ? null : MINUTES.format(moment.atZone(zone));
  }

  /**
   * The moment a datetime field's value stands for; {@code null} for none.
   *
   * @param formLabel the field's label as the deployed (English) form has it; a refusal names it as
   *     the person's form shows it
   */
  public Instant typed(Object value, String formLabel) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String s = value.toString().strip();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException notInstant) {
        try {
          return LocalDateTime.parse(s).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
          throw new FormInputRefused(Text.of("form.not-a-date-time", FormTexts.label(formLabel), s).inRequestLanguage());
        }
      }
    }
  }
}

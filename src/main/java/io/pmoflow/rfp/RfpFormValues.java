package io.pmoflow.rfp;

import io.pmoflow.forms.FormInputRefused;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Converts between the values Camunda Forms show and submit (strings, untyped numbers, JSON
 * lists for selects) and the RFP's Java types.
 */
@Component
public class RfpFormValues {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

  private final ObjectMapper json;

  RfpFormValues(ObjectMapper json) {
    this.json = json;
  }

  /** A list as a JSON variable, which Tasklist hands to a form's select as its options. */
  TypedValue jsonList(List<?> values) {
    try {
      return SpinValues.jsonValue(json.writeValueAsString(values)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(Object value) {
    return value == null ? null : value.toString();
  }

  public static boolean flag(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  static String dateTime(Instant instant) {
    return instant == null ? null : MINUTES.format(instant);
  }

  static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static LocalDate date(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      String s = value.toString();
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new FormInputRefused(label + " is not a date: " + value);
    }
  }

  /** An instant from a form's date-time field, whatever time-zone format it was sent in (UTC if none). */
  public static Instant instant(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String s = value.toString();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException notInstant) {
        try {
          return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
          throw new FormInputRefused(label + " is not a date and time: " + s);
        }
      }
    }
  }
}

package io.pmoflow.pages;

import io.pmoflow.web.FullWidth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Values typed into a page's form, read as the API's request takes them: blank is absent, full-width
 * digits count, and a value that cannot be read is noted under its field (and left out, so that the
 * request's own rules still speak about every other field).
 */
public final class TypedValues {

  private TypedValues() {}

  /** The text without surrounding spaces; null when blank. */
  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** An amount ({@code 250,000} and {@code ２５０，０００} too); null when blank or unreadable. */
  public static BigDecimal amount(String value, String field, FieldErrors errors, String message) {
    String typed = text(value);
    if (typed == null) {
      return null;
    }
    try {
      return new BigDecimal(FullWidth.toHalfWidth(typed).replace(",", "").replace("_", ""));
    } catch (NumberFormatException e) {
      errors.add(field, message);
      return null;
    }
  }

  /** A date like {@code 2027-04-01}; null when blank or unreadable. */
  public static LocalDate date(String value, String field, FieldErrors errors, String message) {
    String typed = text(value);
    if (typed == null) {
      return null;
    }
    try {
      return LocalDate.parse(FullWidth.toHalfWidth(typed));
    } catch (DateTimeParseException e) {
      errors.add(field, message);
      return null;
    }
  }
}

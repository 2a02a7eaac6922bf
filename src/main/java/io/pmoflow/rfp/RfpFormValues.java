package io.pmoflow.rfp;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.forms.FormTexts;
import io.pmoflow.forms.SelectOptions;
import io.pmoflow.i18n.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Converts between the values Camunda Forms show and submit (strings, untyped numbers, JSON
 * lists for selects) and the RFP's Java types.
 */
@Component
public class RfpFormValues {

  /** A list as a JSON variable, which Tasklist hands to a form's select as its options. */
  TypedValue jsonList(List<?> values) {
    return SelectOptions.json(values);
  }

  public static String text(Object value) {
    return value == null ? null : value.toString();
  }

  public static boolean flag(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** A date from a form's date field; {@code formLabel} is the field's label on the deployed form. */
  static LocalDate date(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      String s = value.toString();
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new FormInputRefused(Text.of("form.not-a-date", FormTexts.label(label), value).inRequestLanguage());
    }
  }
}

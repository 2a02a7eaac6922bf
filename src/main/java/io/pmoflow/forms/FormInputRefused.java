package io.pmoflow.forms;

import io.pmoflow.i18n.Text;
import io.pmoflow.web.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a person sent with a Camunda Form breaks a rule: nothing is started or completed. The engine
 * REST API answers 400 with this message for {@code complete}, {@code submit-form} and a start's
 * {@code submit-form} (it treats a form validation failure as the caller's mistake), Tasklist shows
 * it over the form, and the application API answers a problem response.
 */
public class FormInputRefused extends FormFieldValidationException {

  public FormInputRefused(String message) {
    super("pmo-flow", message);
  }

  /**
   * A field the person's choice shows was left empty: "Reason: needed for the choice you made", with
   * the form's label in {@code language}, worded like the other refusals so that Tasklist places it
   * under that field.
   */
  public static String neededForChoice(String englishLabel, Locale language) {
    return Text.of("form.labelled", FormTexts.read(englishLabel, language), Text.of("form.needed-with-choice").in(language))
        .in(language);
  }

  /**
   * The refusal of a request made from a form, each problem under the form's label of its field
   * ({@code labels}: the request's field name to the form's English label; others named as they are).
   */
  public static FormInputRefused labelled(InvalidInputException refused, Map<String, String> labels) {
    return new FormInputRefused(refused.fieldProblems().stream()
        .map(p -> Text.of("form.labelled", FormTexts.label(labels.getOrDefault(p.field(), p.field())), p.message()).inRequestLanguage())
        .collect(Collectors.joining(Text.of("form.separator").inRequestLanguage())));
  }
}

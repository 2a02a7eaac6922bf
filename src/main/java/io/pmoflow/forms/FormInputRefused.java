package io.pmoflow.forms;

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
}

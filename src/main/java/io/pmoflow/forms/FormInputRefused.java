package io.pmoflow.forms;

import io.pmoflow.forms.FormInputRefused;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What a person typed into a Camunda Form breaks a rule: nothing is started or completed, the
 * engine's REST API refuses the call with this message (a failed start answers 500 in 7.24), and
 * Tasklist shows it over the form.
 */
public class FormInputRefused extends BadUserRequestException {

  public FormInputRefused(String message) {
    super(message);
  }
}

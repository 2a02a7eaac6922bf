package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.DECISION;
import static io.pmoflow.evaluation.EvaluationVariables.REASON;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.i18n.Text;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A person's answer on an evaluation form: the choice in {@code decision} and the words in {@code reason}. */
record Answer(String decision, String reason) {

  static Answer of(VariableScope task) {
    Object decision = task.getVariable(DECISION);
    if (decision == null || decision.toString().isBlank()) {
      throw new FormInputRefused(Text.of("evaluation.refused.decision-missing").inRequestLanguage());
    }
    Object reason = task.getVariable(REASON);
    return new Answer(decision.toString(), reason == null ? null : reason.toString());
  }

  boolean is(String choice) {
    return choice.equals(decision);
  }

  /** A text field's value, or null. */
  static String text(VariableScope task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }
}

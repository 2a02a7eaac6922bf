package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.APPROVAL_RULE;
import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationApprovals;
import io.pmoflow.forms.ShownTexts;
import io.pmoflow.process.RuleTexts;
import io.pmoflow.process.ProcessIds;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What an approval form shows above the decision (the request in words and the rule that sent it
 * to the approver), written on the task when it is created, so nothing the approver sends changes it.
 */
final class ShownRequest {

  static final String REQUEST = "request";

  private ShownRequest() {}

  static void writeOn(DelegateTask task, EvaluationApprovals approvals) {
    long id = ProcessIds.of(task.getExecution(), EVALUATION_ID);
    Map<String, Object> fields = new HashMap<>();
    ShownTexts.put(fields, REQUEST, language -> approvals.shown(id, language));
    String rule = (String) task.getExecution().getVariable(APPROVAL_RULE);
    ShownTexts.put(fields, APPROVAL_RULE, language -> RuleTexts.in(language, rule));
    task.setVariablesLocal(fields);
  }
}

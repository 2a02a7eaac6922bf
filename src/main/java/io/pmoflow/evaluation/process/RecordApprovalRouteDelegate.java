package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.APPROVAL_ROUTE;
import static io.pmoflow.evaluation.EvaluationVariables.APPROVAL_RULE;
import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;
import static io.pmoflow.evaluation.EvaluationVariables.INSIDE_PMO_AUTHORITY;

import io.pmoflow.evaluation.EvaluationApprovals;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the approval route" and "Record the extension route": stores the route the decision table chose; inside the PMO's authority that is the approval, its rule the reason. */
@Component
public class RecordApprovalRouteDelegate implements JavaDelegate {

  private final EvaluationApprovals steps;

  public RecordApprovalRouteDelegate(EvaluationApprovals steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(INSIDE_PMO_AUTHORITY, steps.route(ProcessIds.of(execution, EVALUATION_ID),
        (String) execution.getVariable(APPROVAL_ROUTE), (String) execution.getVariable(APPROVAL_RULE)));
  }
}

package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationApprovals;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Look up the request" and "Look up the extension": the facts the decision table environment-approval reads. */
@Component
public class LookUpEvaluationDelegate implements JavaDelegate {

  private final EvaluationApprovals steps;

  public LookUpEvaluationDelegate(EvaluationApprovals steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(steps.facts(ProcessIds.of(execution, EVALUATION_ID)));
  }
}

package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.CANDIDATE_CODE;
import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationExpiry;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tear down each environment", one job per candidate, retried like provisioning. */
@Component
public class TearDownEnvironmentDelegate implements JavaDelegate {

  private final EvaluationExpiry steps;

  public TearDownEnvironmentDelegate(EvaluationExpiry steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.tearDown(ProcessIds.of(execution, EVALUATION_ID), (String) execution.getVariable(CANDIDATE_CODE));
  }
}

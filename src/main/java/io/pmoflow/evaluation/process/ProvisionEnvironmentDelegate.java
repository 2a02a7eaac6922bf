package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.CANDIDATE_CODE;
import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationExpiry;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Provision an environment per candidate", one job per candidate: an outage fails the job, retried, then an incident whose retry finishes the work. */
@Component
public class ProvisionEnvironmentDelegate implements JavaDelegate {

  private final EvaluationExpiry steps;

  public ProvisionEnvironmentDelegate(EvaluationExpiry steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.provision(ProcessIds.of(execution, EVALUATION_ID), (String) execution.getVariable(CANDIDATE_CODE));
  }
}

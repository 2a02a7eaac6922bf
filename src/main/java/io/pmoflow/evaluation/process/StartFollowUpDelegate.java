package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationRecommendations;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start the follow-up the PM chose": an RFP draft through the RFP's own service, once. */
@Component
public class StartFollowUpDelegate implements JavaDelegate {

  private final EvaluationRecommendations steps;

  public StartFollowUpDelegate(EvaluationRecommendations steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.startFollowUp(ProcessIds.of(execution, EVALUATION_ID));
  }
}

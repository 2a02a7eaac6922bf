package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationRecommendations;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send the recommendation to the PM": the next PDF version, mailed to the project's PM. */
@Component
public class SendRecommendationDelegate implements JavaDelegate {

  private final EvaluationRecommendations steps;

  public SendRecommendationDelegate(EvaluationRecommendations steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.send(ProcessIds.of(execution, EVALUATION_ID));
  }
}

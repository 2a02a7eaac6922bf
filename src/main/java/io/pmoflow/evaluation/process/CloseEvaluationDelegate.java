package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationExpiry;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the evaluation": the recommendation is answered and every environment is gone. */
@Component
public class CloseEvaluationDelegate implements JavaDelegate {

  private final EvaluationExpiry steps;

  public CloseEvaluationDelegate(EvaluationExpiry steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.close(ProcessIds.of(execution, EVALUATION_ID));
  }
}

package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;
import static io.pmoflow.evaluation.EvaluationVariables.MODERATION_NEEDED;

import io.pmoflow.evaluation.EvaluationScoring;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Compare the scores": tells the gateway whether the testers disagree beyond the threshold. */
@Component
public class CompareScoresDelegate implements JavaDelegate {

  private final EvaluationScoring steps;

  public CompareScoresDelegate(EvaluationScoring steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(MODERATION_NEEDED, steps.compare(ProcessIds.of(execution, EVALUATION_ID)));
  }
}

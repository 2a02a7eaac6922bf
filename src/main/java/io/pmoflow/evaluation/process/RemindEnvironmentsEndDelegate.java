package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationExpiry;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind the PM and the testers" that the environments end soon. */
@Component
public class RemindEnvironmentsEndDelegate implements JavaDelegate {

  private final EvaluationExpiry steps;

  public RemindEnvironmentsEndDelegate(EvaluationExpiry steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.remind(ProcessIds.of(execution, EVALUATION_ID));
  }
}

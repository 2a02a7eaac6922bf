package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.LEFTOVERS_FOUND;
import static io.pmoflow.evaluation.EvaluationVariables.LEFTOVER_REPORT;

import io.pmoflow.evaluation.EvaluationExpiry;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Compare the environments with the evaluations": lists every environment no open evaluation explains. */
@Component
public class ReconcileEnvironmentsDelegate implements JavaDelegate {

  private final EvaluationExpiry steps;

  public ReconcileEnvironmentsDelegate(EvaluationExpiry steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> leftovers = steps.leftovers();
    execution.setVariable(LEFTOVERS_FOUND, !leftovers.isEmpty());
    execution.setVariable(LEFTOVER_REPORT, String.join("\n", leftovers));
  }
}

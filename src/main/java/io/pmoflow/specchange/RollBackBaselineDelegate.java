package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.CHANGE_REQUEST_ID;
import static io.pmoflow.specchange.SpecChangeVariables.RESULTING_VERSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The board ordered a roll-back of an emergency change: a new baseline restores the earlier text. */
@Component
public class RollBackBaselineDelegate implements JavaDelegate {

  private final ChangeRequestSteps steps;

  RollBackBaselineDelegate(ChangeRequestSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CHANGE_REQUEST_ID)).longValue();
    execution.setVariable(RESULTING_VERSION, steps.rollBack(id));
  }
}

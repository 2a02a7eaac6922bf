package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.CHANGE_REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Everything after the approval is done: the request is closed. */
@Component
public class CloseChangeRequestDelegate implements JavaDelegate {

  private final ChangeRequestSteps steps;

  CloseChangeRequestDelegate(ChangeRequestSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.finish(((Number) execution.getVariable(CHANGE_REQUEST_ID)).longValue(), ChangeStatus.CLOSED, "Close the request");
  }
}

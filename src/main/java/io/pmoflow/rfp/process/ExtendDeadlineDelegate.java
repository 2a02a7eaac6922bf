package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpTendering;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ExtendDeadline: moves the proposal deadline (the timer's new date) and tells the vendors. */
@Component
class ExtendDeadlineDelegate implements JavaDelegate {

  private final RfpTendering tendering;

  ExtendDeadlineDelegate(RfpTendering tendering) {
    this.tendering = tendering;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String deadline =
        tendering.extendDeadline(
            ProcessIds.of(execution, RfpVariables.RFP_ID),
            execution.getVariable(RfpVariables.NEW_PROPOSAL_DEADLINE));
    execution.setVariable(RfpVariables.PROPOSAL_DEADLINE, deadline);
  }
}

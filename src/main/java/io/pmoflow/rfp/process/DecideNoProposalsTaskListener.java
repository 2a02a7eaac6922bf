package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpFormValues;
import io.pmoflow.rfp.RfpTendering;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DecideNoProposals: on create, shows the PM which RFP and which deadline passed; on complete,
 * checks the PM's choice when no proposal came (a new deadline in the future, or a reason to cancel)
 * and tells the gateway "Extend or cancel?" which.
 */
@Component
class DecideNoProposalsTaskListener implements TaskListener {

  private final RfpTendering tendering;

  DecideNoProposalsTaskListener(RfpTendering tendering) {
    this.tendering = tendering;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(tendering.noProposalsForm(ProcessIds.of(task, RfpVariables.RFP_ID)));
      return;
    }
    boolean extend = tendering.decideNoProposals(
        RfpFormValues.text(task.getVariable(RfpVariables.NO_PROPOSALS_DECISION)),
        RfpFormValues.text(task.getVariable(RfpVariables.NEW_PROPOSAL_DEADLINE)),
        RfpFormValues.text(task.getVariable(RfpVariables.CANCEL_REASON)));
    task.getExecution().setVariable(RfpVariables.EXTEND_PROPOSAL_DEADLINE, extend);
  }
}

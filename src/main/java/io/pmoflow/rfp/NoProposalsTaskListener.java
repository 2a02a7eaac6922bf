package io.pmoflow.rfp;

import io.pmoflow.forms.FormInputRefused;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The PM's choice when no proposal came: a new deadline in the future, or a reason to cancel. */
@Component
class NoProposalsTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String decision = RfpTasks.required(task, RfpVariables.NO_PROPOSALS_DECISION, "Extend the deadline or cancel the RFP");
    if ("extend".equals(decision)) {
      Instant deadline = RfpFormValues.instant(task.getVariable(RfpVariables.NEW_PROPOSAL_DEADLINE), "The new deadline");
      if (deadline == null || !deadline.isAfter(Instant.now())) {
        throw new FormInputRefused("The new proposal deadline must be in the future");
      }
    } else if ("cancel".equals(decision)) {
      RfpTasks.required(task, RfpVariables.CANCEL_REASON, "Give the reason for cancelling: the vendors are told");
    } else {
      throw new FormInputRefused("Extend the deadline or cancel the RFP");
    }
  }
}

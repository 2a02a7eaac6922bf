package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_ID;
import static io.pmoflow.onboarding.VendorOnboardingVariables.PM_APPROVAL_NEEDED;

import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Approve access (security)", and "Approve access (fallback approver)" who decides in security's
 * place when it is overdue: records the decision on complete and tells the next gateway whether
 * the project manager must approve too, from the route recorded on the grant (never from a
 * variable someone sent with the task). On create it writes what the form shows above the decision.
 */
@Component
public class SecurityApprovalTaskListener implements TaskListener {

  private final AccessDecisions decisions;

  public SecurityApprovalTaskListener(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      AccessRequestShown.writeOn(task, decisions, false);
      return;
    }
    AccessAnswer answer = AccessAnswer.of(task);
    boolean pmToo =
        decisions.decideAsSecurity(
            ProcessIds.of(task.getExecution(), GRANT_ID), answer.approved(), answer.reason(), TaskActor.of(task));
    task.getExecution().setVariable(PM_APPROVAL_NEEDED, pmToo);
  }
}

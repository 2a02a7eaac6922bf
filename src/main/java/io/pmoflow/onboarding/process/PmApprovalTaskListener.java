package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_ID;

import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Approve access (project manager)": on create writes what the form shows (the request and
 * security's decision with its reason); on complete records the sponsor's decision, the last stage
 * of a critical request.
 */
@Component
public class PmApprovalTaskListener implements TaskListener {

  private final AccessDecisions decisions;

  public PmApprovalTaskListener(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      AccessRequestShown.writeOn(task, decisions, true);
      return;
    }
    AccessAnswer answer = AccessAnswer.of(task);
    decisions.decideAsPm(
        ProcessIds.of(task.getExecution(), GRANT_ID), answer.approved(), answer.reason(), TaskActor.of(task));
  }
}

package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.APPROVAL_RULE;
import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_ID;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_ACCESS;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_JUSTIFICATION;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_MEMBER;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_RULE;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_SECURITY_DECISION;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_VENDOR;

import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What an access approval form shows above the decision (see {@link AccessDecisions#shown}),
 * written on the task itself when it is created, so that nothing the approver sends can change it.
 */
final class AccessRequestShown {

  private AccessRequestShown() {}

  static void writeOn(DelegateTask task, AccessDecisions decisions, boolean withEarlierDecision) {
    AccessDecisions.RequestShown shown = decisions.shown(ProcessIds.of(task.getExecution(), GRANT_ID));
    if (shown == null) {
      return;
    }
    task.setVariableLocal(SHOWN_MEMBER, shown.member());
    task.setVariableLocal(SHOWN_VENDOR, shown.vendor());
    task.setVariableLocal(SHOWN_ACCESS, shown.access());
    task.setVariableLocal(SHOWN_JUSTIFICATION, shown.justification());
    task.setVariableLocal(SHOWN_RULE, task.getExecution().getVariable(APPROVAL_RULE));
    if (withEarlierDecision) {
      task.setVariableLocal(SHOWN_SECURITY_DECISION, shown.earlierDecision());
    }
  }
}

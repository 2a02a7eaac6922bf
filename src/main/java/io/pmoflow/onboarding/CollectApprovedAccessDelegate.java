package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lists the member's approved grants to provision; with none, the member is onboarded as is. */
@Component
class CollectApprovedAccessDelegate implements JavaDelegate {

  private final AccessDecisions decisions;
  private final AccessProvisioning provisioning;

  CollectApprovedAccessDelegate(AccessDecisions decisions, AccessProvisioning provisioning) {
    this.decisions = decisions;
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long memberId = Ids.of(execution, MEMBER_ID);
    java.util.List<Long> approved = new java.util.ArrayList<>(decisions.approved(memberId));
    execution.setVariable(APPROVED_GRANT_IDS, approved);
    if (approved.isEmpty()) {
      provisioning.markOnboarded(memberId);
    }
  }
}

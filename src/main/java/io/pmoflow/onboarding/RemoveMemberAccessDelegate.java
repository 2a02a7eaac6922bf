package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** MemberRemoved: the member's access ends at once. */
@Component
class RemoveMemberAccessDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  RemoveMemberAccessDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.removeMember(Ids.of(execution, MEMBER_ID));
  }
}

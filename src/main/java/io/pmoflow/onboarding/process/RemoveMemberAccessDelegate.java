package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remove the member's access": after MemberRemoved, the member's access ends at once. */
@Component
public class RemoveMemberAccessDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public RemoveMemberAccessDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.removeMember(ProcessIds.of(execution, MEMBER_ID));
  }
}

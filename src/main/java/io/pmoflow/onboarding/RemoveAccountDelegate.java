package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Compensation: takes the member out of their groups and deletes their account and Camunda user. */
@Component
class RemoveAccountDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  RemoveAccountDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long memberId = Ids.of(execution, MEMBER_ID);
    provisioning.removeGroupMemberships(memberId);
    provisioning.removeAccount(memberId);
  }
}

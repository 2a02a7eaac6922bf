package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Compensation: takes the member out of the groups provisioning added. */
@Component
class RemoveGroupMembershipsDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  RemoveGroupMembershipsDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.removeGroupMemberships(Ids.of(execution, MEMBER_ID));
  }
}

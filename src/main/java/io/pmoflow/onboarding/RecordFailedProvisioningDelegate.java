package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The PMO gave up on the member's provisioning: recorded as failed. */
@Component
class RecordFailedProvisioningDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  RecordFailedProvisioningDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.recordFailure(Ids.of(execution, MEMBER_ID));
  }
}

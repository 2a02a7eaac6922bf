package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the failed provisioning": the PMO gave up on the member's provisioning, recorded as failed. */
@Component
public class RecordFailedProvisioningDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public RecordFailedProvisioningDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.recordFailure(ProcessIds.of(execution, MEMBER_ID));
  }
}

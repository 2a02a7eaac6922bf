package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.VENDOR_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Disable accounts and remove groups": at the contract end, every account of the vendor is disabled and its groups removed. */
@Component
public class DisableVendorAccessDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public DisableVendorAccessDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.disableVendor(ProcessIds.of(execution, VENDOR_ID));
  }
}

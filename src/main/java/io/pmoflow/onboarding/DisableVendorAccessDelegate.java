package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Contract end: disables every account of the vendor and removes its groups. */
@Component
class DisableVendorAccessDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  DisableVendorAccessDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.disableVendor(Ids.of(execution, VENDOR_ID));
  }
}

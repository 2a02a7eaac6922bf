package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Grace period over: deletes the vendor's accounts. */
@Component
class DeleteVendorAccountsDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  DeleteVendorAccountsDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.deleteVendorAccounts(Ids.of(execution, VENDOR_ID));
  }
}

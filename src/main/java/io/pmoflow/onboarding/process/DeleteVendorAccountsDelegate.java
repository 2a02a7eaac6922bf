package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.VENDOR_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Delete the accounts": the grace period is over, the vendor's accounts are deleted. */
@Component
public class DeleteVendorAccountsDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public DeleteVendorAccountsDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.deleteVendorAccounts(ProcessIds.of(execution, VENDOR_ID));
  }
}

package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.VENDOR_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Move the account expiry": after ContractExtended, accounts and grants last until the new contract end. */
@Component
public class MoveExpiryDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public MoveExpiryDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.moveExpiry(ProcessIds.of(execution, VENDOR_ID));
  }
}

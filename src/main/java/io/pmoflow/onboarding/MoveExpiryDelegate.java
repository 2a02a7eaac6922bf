package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ContractExtended: accounts and grants last until the new contract end. */
@Component
class MoveExpiryDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  MoveExpiryDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.moveExpiry(Ids.of(execution, VENDOR_ID));
  }
}

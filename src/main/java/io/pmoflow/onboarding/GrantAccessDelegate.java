package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Adds the member's account to the group of one approved role (idempotent). */
@Component
class GrantAccessDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  GrantAccessDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DirectoryErrors.rejectedAsBpmnError(() -> provisioning.grantAccess(Ids.of(execution, GRANT_ID)));
  }
}

package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates the member's directory account and Camunda user (idempotent). */
@Component
class CreateAccountDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  CreateAccountDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DirectoryErrors.rejectedAsBpmnError(() -> provisioning.createAccount(Ids.of(execution, MEMBER_ID)));
  }
}

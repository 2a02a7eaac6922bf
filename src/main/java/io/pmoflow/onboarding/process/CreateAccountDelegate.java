package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Create the account": the member's directory account and Camunda user (idempotent); a refusal is the model's error. */
@Component
public class CreateAccountDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public CreateAccountDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long memberId = ProcessIds.of(execution, MEMBER_ID);
    DirectoryErrors.rejectedAsBpmnError(() -> provisioning.createAccount(memberId));
  }
}

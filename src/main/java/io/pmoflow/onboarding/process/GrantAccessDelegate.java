package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Add to the role groups": adds the member's account to the group of one approved role (idempotent); a refusal is the model's error. */
@Component
public class GrantAccessDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public GrantAccessDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long grantId = ProcessIds.of(execution, GRANT_ID);
    DirectoryErrors.rejectedAsBpmnError(() -> provisioning.grantAccess(grantId));
  }
}

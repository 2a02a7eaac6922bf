package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Add to the role groups": adds the member's account to the group of each approved role (idempotent,
 * so a retried step adds nothing twice); a refusal is the model's error.
 */
@Component
public class GrantAccessDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public GrantAccessDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long memberId = ProcessIds.of(execution, MEMBER_ID);
    DirectoryErrors.rejectedAsBpmnError(() -> provisioning.grantApprovedAccess(memberId));
  }
}

package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remove the account and its groups" (compensation): takes the member out of their groups and deletes their account and Camunda user. */
@Component
public class RemoveAccountDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public RemoveAccountDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.undoAccount(ProcessIds.of(execution, MEMBER_ID));
  }
}

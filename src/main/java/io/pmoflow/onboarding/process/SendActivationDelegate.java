package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send the activation link": mails the member a one-time activation link (only its hash is stored). */
@Component
public class SendActivationDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public SendActivationDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.sendActivation(ProcessIds.of(execution, MEMBER_ID));
  }
}

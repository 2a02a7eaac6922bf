package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the member a one-time activation link (only its hash is stored). */
@Component
class SendActivationDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  SendActivationDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.sendActivation(Ids.of(execution, MEMBER_ID));
  }
}

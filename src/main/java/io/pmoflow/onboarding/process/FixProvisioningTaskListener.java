package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.PROVISIONING_ACTION;
import static io.pmoflow.onboarding.VendorOnboardingVariables.RETRY;
import static io.pmoflow.onboarding.VendorOnboardingVariables.RETRY_PROVISIONING;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Fix failed provisioning": the PMO's choice on the form (try again or give up) becomes the
 * decision that the gateway "Try again?" reads.
 */
@Component
public class FixProvisioningTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(RETRY_PROVISIONING, RETRY.equals(task.getVariable(PROVISIONING_ACTION)));
  }
}

package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;
import static io.pmoflow.onboarding.VendorOnboardingVariables.PROVISIONING_ACTION;
import static io.pmoflow.onboarding.VendorOnboardingVariables.PROVISIONING_ERROR;
import static io.pmoflow.onboarding.VendorOnboardingVariables.RETRY;
import static io.pmoflow.onboarding.VendorOnboardingVariables.RETRY_PROVISIONING;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_ACCESS;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_ACCOUNT;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_ERROR;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_MEMBER;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Fix failed provisioning": on create writes what the form shows (the member, their account, the
 * approved access at stake and the directory's error); on complete the PMO's choice (try again or give up) becomes the decision
 * that the gateway "Try again?" reads.
 */
@Component
public class FixProvisioningTaskListener implements TaskListener {

  private final AccessProvisioning provisioning;

  public FixProvisioningTaskListener(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      AccessProvisioning.FailedMember failed = provisioning.failedMember(ProcessIds.of(task.getExecution(), MEMBER_ID));
      if (failed != null) {
        task.setVariableLocal(SHOWN_MEMBER, failed.member());
        task.setVariableLocal(SHOWN_ACCOUNT, failed.account());
        task.setVariableLocal(SHOWN_ACCESS, failed.access());
      }
      Object error = task.getExecution().getVariable(PROVISIONING_ERROR);
      task.setVariableLocal(SHOWN_ERROR, error == null ? "The directory gave no reason" : error);
      return;
    }
    task.getExecution().setVariable(RETRY_PROVISIONING, RETRY.equals(task.getVariable(PROVISIONING_ACTION)));
  }
}

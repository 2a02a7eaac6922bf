package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;
import static io.pmoflow.onboarding.VendorOnboardingVariables.NOTHING_APPROVED;

import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.process.ProcessIds;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Collect the approved access": whether the member has approved grants to provision; with none, the member is onboarded as is. */
@Component
public class CollectApprovedAccessDelegate implements JavaDelegate {

  private final AccessProvisioning provisioning;

  public CollectApprovedAccessDelegate(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Long> approved = provisioning.approvedToProvision(ProcessIds.of(execution, MEMBER_ID));
    execution.setVariable(NOTHING_APPROVED, approved.isEmpty());
  }
}

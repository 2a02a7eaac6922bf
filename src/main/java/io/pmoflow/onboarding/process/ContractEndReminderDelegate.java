package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.VENDOR_ID;

import io.pmoflow.onboarding.VendorContract;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind the PM of the contract end" and "Remind the PM again": reminds the sponsoring PM that the contract ends soon. */
@Component
public class ContractEndReminderDelegate implements JavaDelegate {

  private final VendorContract contract;

  public ContractEndReminderDelegate(VendorContract contract) {
    this.contract = contract;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contract.remindOfEnd(ProcessIds.of(execution, VENDOR_ID));
  }
}

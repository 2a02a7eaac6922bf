package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.CONTRACT_ENDS_AT;
import static io.pmoflow.onboarding.VendorOnboardingVariables.FIRST_REMINDER_AT;
import static io.pmoflow.onboarding.VendorOnboardingVariables.LAST_REMINDER_AT;
import static io.pmoflow.onboarding.VendorOnboardingVariables.VENDOR_ID;

import io.pmoflow.onboarding.VendorContract;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Plan the contract end": the dates of the contract-end timer and of the two reminders before it. */
@Component
public class PlanContractTimersDelegate implements JavaDelegate {

  private final VendorContract contract;

  public PlanContractTimersDelegate(VendorContract contract) {
    this.contract = contract;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VendorContract.Timers timers = contract.planEnd(ProcessIds.of(execution, VENDOR_ID));
    execution.setVariable(CONTRACT_ENDS_AT, timers.contractEndsAt());
    execution.setVariable(FIRST_REMINDER_AT, timers.firstReminderAt());
    execution.setVariable(LAST_REMINDER_AT, timers.lastReminderAt());
  }
}

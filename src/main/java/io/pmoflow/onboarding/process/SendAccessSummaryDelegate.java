package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;
import static io.pmoflow.onboarding.VendorOnboardingVariables.VENDOR_ID;

import io.pmoflow.onboarding.VendorContract;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send the access summary" and "Send the access summary": mails who has what until when to the sponsoring PM and the vendor lead. */
@Component
public class SendAccessSummaryDelegate implements JavaDelegate {

  private final VendorContract contract;

  public SendAccessSummaryDelegate(VendorContract contract) {
    this.contract = contract;
  }

  @Override
  public void execute(DelegateExecution execution) {
    contract.sendAccessSummary(ProcessIds.of(execution, VENDOR_ID), ProcessIds.orNull(execution, MEMBER_ID));
  }
}

package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the sponsoring PM that the vendor's contract ends soon. */
@Component
class ContractEndReminderDelegate implements JavaDelegate {

  private final OnboardingMails mails;
  private final VendorService vendors;
  private final java.time.Clock clock;

  ContractEndReminderDelegate(OnboardingMails mails, VendorService vendors, java.time.Clock clock) {
    this.mails = mails;
    this.vendors = vendors;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.contractEnding(vendors.vendor(Ids.of(execution, VENDOR_ID)), java.time.LocalDate.now(clock));
  }
}

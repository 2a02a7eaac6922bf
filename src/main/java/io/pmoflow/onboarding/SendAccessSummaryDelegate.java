package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails who has what until when to the sponsoring PM and the vendor lead. */
@Component
class SendAccessSummaryDelegate implements JavaDelegate {

  private final OnboardingMails mails;
  private final VendorService vendors;

  SendAccessSummaryDelegate(OnboardingMails mails, VendorService vendors) {
    this.mails = mails;
    this.vendors = vendors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object memberId = execution.getVariable(MEMBER_ID);
    String occasion = memberId == null ? "onboarding" : "member-" + memberId;
    mails.summary(vendors.vendor(Ids.of(execution, VENDOR_ID)), occasion);
  }
}

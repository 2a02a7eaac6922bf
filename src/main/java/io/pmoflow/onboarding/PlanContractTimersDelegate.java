package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the dates of the contract-end timer and of the two reminders before it. */
@Component
class PlanContractTimersDelegate implements JavaDelegate {

  private final VendorService vendors;
  private final OnboardingSettings settings;
  private final java.time.Clock clock;

  PlanContractTimersDelegate(VendorService vendors, OnboardingSettings settings, java.time.Clock clock) {
    this.vendors = vendors;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vendor vendor = vendors.vendor(Ids.of(execution, VENDOR_ID));
    // the contract's last day is inclusive: access ends when the day after begins
    java.time.ZonedDateTime endsAt = vendor.getContractEnd().plusDays(1).atStartOfDay(clock.getZone());
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
    execution.setVariable(CONTRACT_ENDS_AT, java.util.Date.from(endsAt.toInstant()));
    execution.setVariable(FIRST_REMINDER_AT, notBefore(endsAt.minus(settings.contractFirstReminder()), now));
    execution.setVariable(LAST_REMINDER_AT, notBefore(endsAt.minus(settings.contractLastReminder()), now));
  }

  private static java.util.Date notBefore(java.time.ZonedDateTime at, java.time.ZonedDateTime now) {
    return java.util.Date.from((at.isBefore(now) ? now : at).toInstant());
  }
}

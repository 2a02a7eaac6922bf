package io.pmoflow.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The steps of vendor-onboarding around the vendor's contract: the access summary once members
 * are onboarded, the contract end and the two reminders before it. They run in the engine's
 * transaction, so their mails leave only if the step commits.
 */
@Component
public class VendorContract {

  /** When access ends (the day after the contract's last day begins) and when the PM is reminded. */
  public record Timers(Date contractEndsAt, Date firstReminderAt, Date lastReminderAt) {}

  private final VendorService vendors;
  private final OnboardingMails mails;
  private final OnboardingSettings settings;
  private final Clock clock;

  VendorContract(VendorService vendors, OnboardingMails mails, OnboardingSettings settings, Clock clock) {
    this.vendors = vendors;
    this.mails = mails;
    this.settings = settings;
    this.clock = clock;
  }

  /** The contract-end timer and the two reminders before it; a reminder already due is due now. */
  public Timers planEnd(long vendorId) {
    Vendor vendor = vendors.vendor(vendorId);
    // the contract's last day is inclusive: access ends when the day after begins
    ZonedDateTime endsAt = vendor.getContractEnd().plusDays(1).atStartOfDay(clock.getZone());
    ZonedDateTime now = ZonedDateTime.now(clock);
    return new Timers(
        Date.from(endsAt.toInstant()),
        notBefore(endsAt.minus(settings.contractFirstReminder()), now),
        notBefore(endsAt.minus(settings.contractLastReminder()), now));
  }

  /** Reminds the sponsoring PM that the vendor's contract ends soon. */
  public void remindOfEnd(long vendorId) {
    mails.contractEnding(vendors.vendor(vendorId), LocalDate.now(clock));
  }

  /*
   * The timers of vendor-onboarding read these when they are set (on entering "Contract running",
   * again after an extension), from the vendor record and the settings: no date is copied into the instance.
   */

  /** When access ends: {@code ${vendorContract.endsAt(vendorId)}}. */
  public Date endsAt(long vendorId) {
    return planEnd(vendorId).contractEndsAt();
  }

  public Date firstReminderAt(long vendorId) {
    return planEnd(vendorId).firstReminderAt();
  }

  public Date lastReminderAt(long vendorId) {
    return planEnd(vendorId).lastReminderAt();
  }

  /** How long disabled accounts are kept before they are deleted (ISO 8601). */
  public String deletionGracePeriod() {
    return settings.deletionGracePeriod().toString();
  }

  /**
   * Mails who has what until when to the sponsoring PM and the vendor lead: after the onboarding
   * ({@code memberId} null) or after one member joined.
   */
  public void sendAccessSummary(long vendorId, Long memberId) {
    mails.summary(vendors.vendor(vendorId), memberId == null ? "onboarding" : "member-" + memberId);
  }

  private static Date notBefore(ZonedDateTime at, ZonedDateTime now) {
    return Date.from((at.isBefore(now) ? now : at).toInstant());
  }
}

package io.pmoflow.onboarding;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code pmoflow.onboarding.*}: the waiting times of the vendor-onboarding process. */
@ConfigurationProperties("pmoflow.onboarding")
public record OnboardingSettings(
    Duration approvalReminderAfter,
    Duration approvalEscalationAfter,
    String fallbackApproverGroup,
    Period contractFirstReminder,
    Period contractLastReminder,
    Period deletionGracePeriod,
    Duration activationLinkValidFor) {

  public OnboardingSettings {
    approvalReminderAfter = approvalReminderAfter == null ? Duration.ofDays(2) : approvalReminderAfter;
    approvalEscalationAfter =
        approvalEscalationAfter == null ? Duration.ofDays(5) : approvalEscalationAfter;
    fallbackApproverGroup = fallbackApproverGroup == null ? "pmo-admin" : fallbackApproverGroup;
    contractFirstReminder = contractFirstReminder == null ? Period.ofDays(30) : contractFirstReminder;
    contractLastReminder = contractLastReminder == null ? Period.ofDays(7) : contractLastReminder;
    deletionGracePeriod = deletionGracePeriod == null ? Period.ofDays(30) : deletionGracePeriod;
    activationLinkValidFor =
        activationLinkValidFor == null ? Duration.ofDays(7) : activationLinkValidFor;
  }
}

package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_ID;

import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.onboarding.OnboardingSettings;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who approves an access request and how long they have, read from the application each time
 * the model needs it ({@code ${accessApprovers.sponsor(execution)}} and the like): the vendor's
 * sponsor (the vendor record) and the escalation settings. Never from a process variable: a
 * person could send one with a task (e.g. {@code approvalRoute}, {@code sponsor},
 * {@code fallbackApproverGroup}, {@code approvalEscalationAfter}).
 */
@Component
public class AccessApprovers {

  private final AccessDecisions decisions;
  private final OnboardingSettings settings;

  public AccessApprovers(AccessDecisions decisions, OnboardingSettings settings) {
    this.decisions = decisions;
    this.settings = settings;
  }

  /** The vendor's sponsor (a project manager), who approves critical access after security. */
  public String sponsor(DelegateExecution execution) {
    return decisions.sponsorOf(ProcessIds.of(execution, GRANT_ID));
  }

  public String fallbackApproverGroup() {
    return settings.fallbackApproverGroup();
  }

  public String reminderAfter() {
    return settings.approvalReminderAfter().toString();
  }

  public String escalationAfter() {
    return settings.approvalEscalationAfter().toString();
  }
}

package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who approves an access request and how long they have, read from the application each time
 * the model needs it: the route the decision table chose (stored on the grant), the vendor's
 * sponsor (the vendor record) and the escalation settings. Never from a process variable: a
 * person could send one with a task (e.g. {@code approvalRoute}, {@code sponsor},
 * {@code fallbackApproverGroup}, {@code approvalEscalationAfter}).
 */
@Component
public class AccessApprovers {

  private final AccessDecisions decisions;
  private final OnboardingSettings settings;

  AccessApprovers(AccessDecisions decisions, OnboardingSettings settings) {
    this.decisions = decisions;
    this.settings = settings;
  }

  /** AUTO, SECURITY or SECURITY_AND_PM, as recorded on the grant by "Record the approval route". */
  public String route(DelegateExecution execution) {
    return decisions.routeOf(Ids.of(execution, GRANT_ID));
  }

  /** The vendor's sponsor (a project manager), who approves critical access after security. */
  public String sponsor(DelegateExecution execution) {
    return decisions.sponsorOf(Ids.of(execution, GRANT_ID));
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

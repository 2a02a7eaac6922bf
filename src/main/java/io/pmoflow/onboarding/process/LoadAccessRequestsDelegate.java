package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_CASE;
import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;

import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.onboarding.AccessRouting;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Load the member's case": the words its tasks' names carry ("Ann Archer (Initech)"). The instance
 * is named after its member ({@code <vendor code>/<e-mail>}) by the call that starts it, and the
 * requests people decide come from the application when the loop starts
 * ({@code ${accessDecisions.openRequests(memberId)}}). A request made without a route (before an
 * upgrade routed requests when made) is routed here first.
 */
@Component
public class LoadAccessRequestsDelegate implements JavaDelegate {

  private final AccessDecisions decisions;
  private final AccessRouting routing;

  public LoadAccessRequestsDelegate(AccessDecisions decisions, AccessRouting routing) {
    this.decisions = decisions;
    this.routing = routing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long memberId = ProcessIds.of(execution, MEMBER_ID);
    decisions.routeUnrouted(memberId, routing::table);
    AccessDecisions.MemberCase memberCase = decisions.memberCase(memberId);
    if (memberCase != null) {
      execution.setVariable(MEMBER_CASE, memberCase.title());
    }
  }
}

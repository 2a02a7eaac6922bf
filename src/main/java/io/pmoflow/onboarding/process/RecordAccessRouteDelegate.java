package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.APPROVAL_ROUTE;
import static io.pmoflow.onboarding.VendorOnboardingVariables.APPROVAL_RULE;
import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_ID;
import static io.pmoflow.onboarding.VendorOnboardingVariables.INSIDE_PMO_AUTHORITY;

import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the approval route": stores the route the decision table chose; an automatic approval names its rule. */
@Component
public class RecordAccessRouteDelegate implements JavaDelegate {

  private final AccessDecisions decisions;

  public RecordAccessRouteDelegate(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean insideAuthority =
        decisions.route(
            ProcessIds.of(execution, GRANT_ID),
            (String) execution.getVariable(APPROVAL_ROUTE),
            (String) execution.getVariable(APPROVAL_RULE));
    execution.setVariable(INSIDE_PMO_AUTHORITY, insideAuthority);
  }
}

package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the route the decision table chose; an automatic approval names its rule. */
@Component
class RecordAccessRouteDelegate implements JavaDelegate {

  private final AccessDecisions decisions;

  RecordAccessRouteDelegate(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.route(
        Ids.of(execution, GRANT_ID),
        (String) execution.getVariable(APPROVAL_ROUTE),
        (String) execution.getVariable(APPROVAL_RULE));
  }
}

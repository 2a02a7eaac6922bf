package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gives the decision table its facts and the approvers a summary of the request. */
@Component
class LookUpAccessRequestDelegate implements JavaDelegate {

  private final AccessDecisions decisions;

  LookUpAccessRequestDelegate(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AccessDecisions.RequestFacts facts = decisions.facts(Ids.of(execution, GRANT_ID));
    execution.setVariable(SENSITIVITY, facts.sensitivity());
    execution.setVariable(ACCESS_LEVEL, facts.accessLevel());
    execution.setVariable(MEMBER_TYPE, facts.memberType());
    execution.setVariable(REQUEST_SUMMARY, facts.summary());
  }
}

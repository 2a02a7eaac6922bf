package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.ACCESS_CASE;
import static io.pmoflow.onboarding.VendorOnboardingVariables.ACCESS_LEVEL;
import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_ID;
import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_TYPE;
import static io.pmoflow.onboarding.VendorOnboardingVariables.REQUEST_SUMMARY;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SENSITIVITY;

import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Look up the request": gives the decision table its facts and the approvers a summary of the request; the approval tasks' names say which request. */
@Component
public class LookUpAccessRequestDelegate implements JavaDelegate {

  private final AccessDecisions decisions;

  public LookUpAccessRequestDelegate(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AccessDecisions.RequestFacts facts = decisions.facts(ProcessIds.of(execution, GRANT_ID));
    execution.setVariable(SENSITIVITY, facts.sensitivity());
    execution.setVariable(ACCESS_LEVEL, facts.accessLevel());
    execution.setVariable(MEMBER_TYPE, facts.memberType());
    execution.setVariable(REQUEST_SUMMARY, facts.summary());
    execution.setVariable(ACCESS_CASE, facts.title());
  }
}

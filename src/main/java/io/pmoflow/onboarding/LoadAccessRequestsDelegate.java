package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lists the member's access requests still to decide. */
@Component
class LoadAccessRequestsDelegate implements JavaDelegate {

  private final AccessDecisions decisions;

  LoadAccessRequestsDelegate(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(GRANT_IDS, new java.util.ArrayList<>(decisions.openRequests(Ids.of(execution, MEMBER_ID))));
  }
}

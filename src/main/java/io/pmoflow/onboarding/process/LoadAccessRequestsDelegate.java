package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_IDS;
import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;

import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.process.ProcessIds;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Load the access requests": the member's access requests still to decide. */
@Component
public class LoadAccessRequestsDelegate implements JavaDelegate {

  private final AccessDecisions decisions;

  public LoadAccessRequestsDelegate(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(GRANT_IDS, new ArrayList<>(decisions.openRequests(ProcessIds.of(execution, MEMBER_ID))));
  }
}

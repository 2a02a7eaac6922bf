package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpAward;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_HandOverToOnboarding: starts the winner's vendor onboarding, linked both ways. */
@Component
class HandOverToOnboardingDelegate implements JavaDelegate {

  private final RfpAward award;

  HandOverToOnboardingDelegate(RfpAward award) {
    this.award = award;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        RfpVariables.ONBOARDING_PROCESS_INSTANCE_ID, award.handOver(ProcessIds.of(execution, RfpVariables.RFP_ID)));
  }
}

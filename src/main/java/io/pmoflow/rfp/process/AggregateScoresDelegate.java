package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpScoring;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AggregateScores: ranks the proposals; the gateway "Evaluators disagree?" reads whether to moderate. */
@Component
class AggregateScoresDelegate implements JavaDelegate {

  private final RfpScoring scoring;

  AggregateScoresDelegate(RfpScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        RfpVariables.NEEDS_MODERATION, scoring.aggregate(ProcessIds.of(execution, RfpVariables.RFP_ID)));
  }
}

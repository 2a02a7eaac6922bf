package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpFormValues;
import io.pmoflow.rfp.RfpScoring;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ScoreProposals (one per evaluator): the score sheet and the conflict-of-interest
 * declaration are the task's own variables, so no evaluator sees another's scores.
 */
@Component
class ScoreProposalsTaskListener implements TaskListener {

  private final RfpScoring scoring;

  ScoreProposalsTaskListener(RfpScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = ProcessIds.of(task, RfpVariables.RFP_ID);
    // the sheet's owner is the task's assignee, set from the RFP's evaluators when the task was
    // made; not the variable "evaluator", which the person completing the task could send
    String evaluator = task.getAssignee();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(scoring.scoreForm(rfpId, evaluator));
      return;
    }
    scoring.submitScores(
        rfpId,
        evaluator,
        RfpFormValues.flag(task.getVariable(RfpVariables.NO_CONFLICT_OF_INTEREST)),
        RfpFormValues.text(task.getVariable(RfpVariables.SCORE_SHEET)));
  }
}

package io.pmoflow.rfp;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * One evaluator's scoring: the score sheet (a row per proposal and criterion) and the conflict of
 * interest declaration are the task's own variables, so no evaluator sees another's scores.
 */
@Component
class ScoreProposalsTaskListener implements TaskListener {

  private final RfpSteps steps;

  ScoreProposalsTaskListener(RfpSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = RfpTasks.rfpId(task);
    // the sheet's owner is the task's assignee, set from the RFP's evaluators when the task was
    // made; not the variable "evaluator", which the person completing the task could send
    String evaluator = task.getAssignee();
    if (RfpTasks.creating(task)) {
      task.setVariableLocal("rfpTitle", steps.rfp(rfpId).getTitle());
      task.setVariableLocal(RfpVariables.NO_CONFLICT_OF_INTEREST, false);
      List<RfpSteps.ScoreRow> sheet = steps.scoreSheet(rfpId, evaluator);
      task.setVariableLocal("criteriaWeights", ScoreSheetLines.weights(sheet));
      task.setVariableLocal(RfpVariables.SCORE_SHEET, ScoreSheetLines.format(sheet));
      return;
    }
    List<RfpSteps.ScoreRow> sheet =
        ScoreSheetLines.parse(task.getVariable(RfpVariables.SCORE_SHEET), steps.scoreSheet(rfpId, evaluator));
    steps.saveScores(
        rfpId, evaluator, RfpFormValues.flag(task.getVariable(RfpVariables.NO_CONFLICT_OF_INTEREST)), sheet);
  }
}

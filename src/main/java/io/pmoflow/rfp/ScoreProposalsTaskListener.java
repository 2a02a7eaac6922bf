package io.pmoflow.rfp;

import com.fasterxml.jackson.core.type.TypeReference;
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
  private final RfpFormValues values;

  ScoreProposalsTaskListener(RfpSteps steps, RfpFormValues values) {
    this.steps = steps;
    this.values = values;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = RfpTasks.rfpId(task);
    String evaluator = RfpFormValues.text(task.getVariable(RfpVariables.EVALUATOR));
    if (RfpTasks.creating(task)) {
      task.setVariableLocal("rfpTitle", steps.rfp(rfpId).getTitle());
      task.setVariableLocal(RfpVariables.NO_CONFLICT_OF_INTEREST, false);
      task.setVariableLocal(RfpVariables.SCORE_SHEET, values.jsonList(steps.scoreSheet(rfpId, evaluator)));
      return;
    }
    List<RfpSteps.ScoreRow> sheet =
        values.list(task.getVariable(RfpVariables.SCORE_SHEET), new TypeReference<List<RfpSteps.ScoreRow>>() {});
    steps.saveScores(
        rfpId, evaluator, RfpFormValues.flag(task.getVariable(RfpVariables.NO_CONFLICT_OF_INTEREST)), sheet);
  }
}

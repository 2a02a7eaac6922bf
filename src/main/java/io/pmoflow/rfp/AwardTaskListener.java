package io.pmoflow.rfp;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The award: the ranking and the bidders to choose from; choosing other than the top-ranked
 * needs a written justification.
 */
@Component
class AwardTaskListener implements TaskListener {

  private final RfpSteps steps;
  private final RfpFormValues values;

  AwardTaskListener(RfpSteps steps, RfpFormValues values) {
    this.steps = steps;
    this.values = values;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = RfpTasks.rfpId(task);
    if (RfpTasks.creating(task)) {
      RfpAggregation.Result ranking = steps.ranking(rfpId);
      List<Map<String, String>> options =
          ranking.ranking().stream()
              .map(r -> Map.of("label", r.rank() + ". " + r.vendorCode() + " (" + r.total() + " points)", "value", r.vendorCode()))
              .toList();
      task.setVariableLocal(RfpVariables.RANKING, RankingText.of(ranking));
      task.setVariableLocal("bidders", values.jsonList(options));
      task.setVariableLocal("topRanked", ranking.topVendor());
      task.setVariableLocal(RfpVariables.AWARDED_VENDOR, ranking.topVendor());
      task.setVariableLocal(RfpVariables.AWARD_JUSTIFICATION, "");
      return;
    }
    steps.award(
        rfpId,
        RfpFormValues.text(task.getVariable(RfpVariables.AWARDED_VENDOR)),
        RfpFormValues.text(task.getVariable(RfpVariables.AWARD_JUSTIFICATION)),
        RfpTasks.actor(task));
  }
}

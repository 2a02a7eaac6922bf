package io.pmoflow.rfp;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Moderation: shows the ranking with the disputed proposals; records how it was settled. */
@Component
class ModerateScoresTaskListener implements TaskListener {

  private final RfpSteps steps;

  ModerateScoresTaskListener(RfpSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = RfpTasks.rfpId(task);
    if (RfpTasks.creating(task)) {
      task.setVariableLocal(RfpVariables.RANKING, RankingText.of(steps.ranking(rfpId)));
      task.setVariableLocal(RfpVariables.MODERATION_NOTE, "");
      return;
    }
    steps.moderate(rfpId, RfpFormValues.text(task.getVariable(RfpVariables.MODERATION_NOTE)), RfpTasks.actor(task));
  }
}

package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.rfp.RfpFormValues;
import io.pmoflow.rfp.RfpScoring;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ModerateScores: shows the ranking with the disputed proposals; records how it was settled. */
@Component
class ModerateScoresTaskListener implements TaskListener {

  private final RfpScoring scoring;

  ModerateScoresTaskListener(RfpScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = ProcessIds.of(task, RfpVariables.RFP_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(scoring.moderationForm(rfpId));
      return;
    }
    scoring.moderate(rfpId, RfpFormValues.text(task.getVariable(RfpVariables.MODERATION_NOTE)), TaskActor.of(task));
  }
}

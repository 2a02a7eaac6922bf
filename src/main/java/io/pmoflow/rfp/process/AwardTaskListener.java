package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.rfp.RfpAward;
import io.pmoflow.rfp.RfpFormValues;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_Award: the ranking and the bidders to choose from; choosing other than the top-ranked
 * needs a written justification.
 */
@Component
class AwardTaskListener implements TaskListener {

  private final RfpAward award;

  AwardTaskListener(RfpAward award) {
    this.award = award;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = ProcessIds.of(task, RfpVariables.RFP_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(award.awardForm(rfpId));
      return;
    }
    award.award(
        rfpId,
        RfpFormValues.text(task.getVariable(RfpVariables.AWARDED_VENDOR)),
        RfpFormValues.text(task.getVariable(RfpVariables.AWARD_JUSTIFICATION)),
        TaskActor.of(task));
  }
}

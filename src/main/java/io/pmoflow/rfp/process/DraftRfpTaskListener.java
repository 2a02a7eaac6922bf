package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.rfp.RfpDrafting;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DraftRfp: on create, the RFP as last saved goes into the task's own variables (with the
 * reviewers' comments); on complete, the edited RFP is checked and saved. An incomplete draft is
 * refused with every reason, and the task stays open.
 */
@Component
class DraftRfpTaskListener implements TaskListener {

  private final RfpDrafting drafting;

  DraftRfpTaskListener(RfpDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = ProcessIds.of(task, RfpVariables.RFP_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(drafting.draftForm(rfpId));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      task.getExecution()
          .setVariables(drafting.completeDraft(rfpId, task::getVariable, TaskActor.of(task)));
    }
  }
}

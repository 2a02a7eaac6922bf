package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.rfp.RfpDrafting;
import io.pmoflow.rfp.RfpVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DraftRfp: the form shows the RFP as last saved ({@link DraftRfpShownTexts}); on complete,
 * the edited RFP is checked and saved, a field the PMO did not send keeping its saved value. An
 * incomplete draft is refused with every reason, and the task stays open.
 */
@Component
class DraftRfpTaskListener implements TaskListener {

  private final RfpDrafting drafting;

  DraftRfpTaskListener(RfpDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      long rfpId = ProcessIds.of(task, RfpVariables.RFP_ID);
      Map<String, Object> saved = drafting.draftForm(rfpId);
      task.getExecution().setVariables(drafting.completeDraft(
          rfpId, name -> task.hasVariable(name) ? task.getVariable(name) : saved.get(name), TaskActor.of(task)));
    }
  }
}

package io.pmoflow.rfp.process;

import io.pmoflow.forms.ShownTextSource;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpDrafting;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.rfp.RfpVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_DraftRfp's form: the RFP as last saved (with the reviewers' comments), read from the RFP
 * when the form is read. It was a task-local copy of every field (18 variables with their history
 * and detail rows) at every drafting round; what the PMO submits is still written on the task.
 */
@Component
class DraftRfpShownTexts implements ShownTextSource {

  private final RfpDrafting drafting;

  DraftRfpShownTexts(RfpDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public Map<String, Object> texts(DelegateTask task) {
    if (!RfpElements.TASK_DRAFT_RFP.equals(task.getTaskDefinitionKey())
        || !ShownTextSource.isOf(task, RfpVariables.PROCESS_KEY)) {
      return Map.of();
    }
    return drafting.draftForm(ProcessIds.of(task, RfpVariables.RFP_ID));
  }
}

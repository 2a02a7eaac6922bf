package io.pmoflow.rfp.process;

import io.pmoflow.forms.FormTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.process.TaskActor;
import io.pmoflow.rfp.RfpDrafting;
import io.pmoflow.rfp.RfpFormValues;
import io.pmoflow.rfp.RfpVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Event_RfpRequested: an RFP started from Tasklist's start form has no RFP row yet, so the draft
 * is begun from the form's project and title. (An RFP started over the API comes with its id.)
 */
@Component
class RfpRequestedListener implements ExecutionListener {

  private final RfpDrafting drafting;

  RfpRequestedListener(RfpDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.hasVariable(RfpVariables.RFP_ID)) {
      return;
    }
    Object project = execution.getVariable(RfpVariables.PROJECT_ID);
    if (!(project instanceof Number) && !(project instanceof String)) {
      throw new FormInputRefused(Text.of("rfp.refused.project-missing", FormTexts.label("Project number")).inRequestLanguage());
    }
    long projectId;
    try {
      projectId = Long.parseLong(project.toString().replaceAll("\\.0$", ""));
    } catch (NumberFormatException e) {
      throw new FormInputRefused(Text.of("rfp.refused.project-not-a-number", FormTexts.label("Project number"), project).inRequestLanguage());
    }
    String title = RfpFormValues.text(execution.getVariable("title"));
    if (title == null || title.isBlank()) {
      throw new FormInputRefused(Text.of("rfp.refused.title-missing", FormTexts.label("RFP title")).inRequestLanguage());
    }
    // who started it is the logged-in user: the variable "initiator" is the caller's to overwrite
    String initiator = TaskActor.loggedIn(execution.getProcessEngineServices());
    if (initiator == null) {
      throw new FormInputRefused(Text.of("rfp.refused.log-in").inRequestLanguage());
    }
    Map<String, Object> started = drafting.begin(projectId, title, initiator, execution.getProcessInstanceId());
    execution.setVariables(started);
    // however it was started, the instance carries the key people know the RFP by
    execution.setProcessBusinessKey(RfpDrafting.caseKey(started));
    execution.removeVariable("title");
  }
}

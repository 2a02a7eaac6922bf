package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.CHANGE_REQUEST_ID;
import static io.pmoflow.specchange.SpecChangeVariables.PROJECT_ID;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.specchange.ChangeRequestService;
import io.pmoflow.specchange.ChangeRequestViews.NewChangeRequest;
import io.pmoflow.specchange.ChangeRequestViews.SectionChange;
import io.pmoflow.specchange.ChangeType;
import io.pmoflow.specchange.RequesterRole;
import java.util.List;
import java.util.Map;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FullWidth;
import io.pmoflow.web.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: a request started from the Tasklist start form is written, with the same
 * checks as the REST API. A request submitted over REST is already written: then nothing happens.
 */
@Component
public class RegisterRequestDelegate implements JavaDelegate {

  /** The start form's labels of the request's fields (forms/spec-change-start.form). */
  static final Map<String, String> LABELS = Map.of(
      "projectId", "Project number",
      "title", "Title",
      "description", "What should change",
      "reason", "Why",
      "requesterRole", "On behalf of",
      "type", "Proposed type",
      "vendorCode", "Vendor (code)",
      "baseVersion", "Specification version",
      "changes[0].sectionKey", "Section to change",
      "changes[0].newText", "New text of the section");

  private final ChangeRequestService service;

  RegisterRequestDelegate(ChangeRequestService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(CHANGE_REQUEST_ID) != null) {
      return;
    }
    Object vendor = execution.getVariable("vendorCode");
    NewChangeRequest input =
        new NewChangeRequest(
            ProcessIds.orNull(execution, PROJECT_ID),
            (String) execution.getVariable("title"),
            (String) execution.getVariable("description"),
            (String) execution.getVariable("reason"),
            RequesterRole.valueOf(String.valueOf(execution.getVariable("requesterRole"))),
            ChangeType.valueOf(String.valueOf(execution.getVariable("proposedType"))),
            vendor == null || vendor.toString().isBlank() ? null : FullWidth.toHalfWidth(vendor.toString()),
            null,
            List.of(
                new SectionChange(
                    FullWidth.toHalfWidth((String) execution.getVariable("sectionKey")), null, (String) execution.getVariable("newText"))));
    Map<String, Object> variables;
    try {
      // the requester is whoever is logged in: no variable for a start form's caller to send
      variables = service.registerStarted(
          input, TaskActor.loggedIn(execution.getProcessEngineServices()), execution.getProcessInstanceId());
    } catch (InvalidInputException e) {
      // the start form's own words: which field, and why
      throw FormInputRefused.labelled(e, LABELS);
    } catch (ApiException e) {
      throw new FormInputRefused(e.getMessage());
    }
    execution.setVariables(variables);
    // a Tasklist start has no business key: give it the one a REST start gets (CR-12)
    execution.setProcessBusinessKey("CR-" + variables.get(CHANGE_REQUEST_ID));
  }
}

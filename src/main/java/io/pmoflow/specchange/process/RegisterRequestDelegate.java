package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.CHANGE_REQUEST_ID;
import static io.pmoflow.specchange.SpecChangeVariables.PROJECT_ID;
import static io.pmoflow.specchange.SpecChangeVariables.REQUESTER;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.specchange.ChangeRequestService;
import io.pmoflow.specchange.ChangeRequestViews.NewChangeRequest;
import io.pmoflow.specchange.ChangeRequestViews.SectionChange;
import io.pmoflow.specchange.ChangeType;
import io.pmoflow.specchange.RequesterRole;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: a request started from the Tasklist start form is written, with the same
 * checks as the REST API. A request submitted over REST is already written: then nothing happens.
 */
@Component
public class RegisterRequestDelegate implements JavaDelegate {

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
            vendor == null || vendor.toString().isBlank() ? null : vendor.toString(),
            null,
            List.of(
                new SectionChange(
                    (String) execution.getVariable("sectionKey"), null, (String) execution.getVariable("newText"))));
    Map<String, Object> variables =
        service.registerStarted(input, (String) execution.getVariable(REQUESTER), execution.getProcessInstanceId());
    execution.setVariables(variables);
    // a Tasklist start has no business key: give it the one a REST start gets (CR-12)
    execution.setProcessBusinessKey("CR-" + variables.get(CHANGE_REQUEST_ID));
  }
}

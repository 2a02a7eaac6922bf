package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.*;

import io.pmoflow.specchange.ChangeRequestViews.NewChangeRequest;
import io.pmoflow.specchange.ChangeRequestViews.SectionChange;
import io.pmoflow.web.FieldProblem;
import io.pmoflow.web.InvalidInputException;
import jakarta.validation.Validator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A request started from the Tasklist start form is written here, with the same checks as the
 * REST API (an invalid one fails the start and Tasklist shows why). A request submitted over REST
 * is already written: then this step does nothing.
 */
@Component
public class RegisterChangeRequestDelegate implements JavaDelegate {

  private final ChangeRequestService service;
  private final Validator validator;

  RegisterChangeRequestDelegate(ChangeRequestService service, Validator validator) {
    this.service = service;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(CHANGE_REQUEST_ID) != null) {
      return;
    }
    Object project = execution.getVariable(PROJECT_ID);
    Object vendor = execution.getVariable("vendorCode");
    NewChangeRequest input =
        new NewChangeRequest(
            project == null ? null : ((Number) project).longValue(),
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
    List<FieldProblem> problems =
        validator.validate(input).stream()
            .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ChangeRequest request = service.register(input, (String) execution.getVariable(REQUESTER));
    request.linkProcess(execution.getProcessInstanceId());
    execution.setVariables(service.startVariables(request));
  }
}

package io.pmoflow.onboarding;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmoflow.web.FieldProblems;
import io.pmoflow.web.InvalidInputException;
import org.camunda.bpm.engine.BadUserRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A start from the Tasklist start form brings the vendor's id and the members as typed (one
 * access request each); the REST start brings member ids. This turns the form's input into the
 * same domain rows and variables as the REST start, with the same validation, and drops the raw
 * form list so the members' data lives only in the tables.
 */
@Component
class OnboardingStartFormListener implements ExecutionListener {

  static final String FORM_MEMBERS = "members";

  private final VendorService vendors;
  private final Validator validator;
  private final ObjectMapper json;

  OnboardingStartFormListener(VendorService vendors, Validator validator, ObjectMapper json) {
    this.vendors = vendors;
    this.validator = validator;
    this.json = json;
  }

  record FormMember(
      String name, String email, String roleInProject, String memberType, String system, String role, String justification) {}

  @Override
  public void notify(DelegateExecution execution) throws Exception {
    if (execution.hasVariable(VendorOnboardingVariables.MEMBER_IDS)) {
      return;
    }
    Object raw = execution.getVariable(FORM_MEMBERS);
    List<FormMember> typed =
        raw == null
            ? List.of()
            : json.readValue(raw instanceof String text ? text : json.writeValueAsString(raw instanceof org.camunda.spin.json.SpinJsonNode node ? json.readTree(node.toString()) : raw),
                new TypeReference<List<FormMember>>() {});
    List<NewMember> members = new ArrayList<>();
    FieldProblems problems = new FieldProblems().addIf(typed.isEmpty(), "members", "must name at least one member");
    for (int i = 0; i < typed.size(); i++) {
      FormMember form = typed.get(i);
      MemberType type = null;
      try {
        type = form.memberType() == null ? null : MemberType.valueOf(form.memberType());
      } catch (IllegalArgumentException e) {
        problems.add("members[" + i + "].memberType", "must be EMPLOYEE or SUBCONTRACTOR");
      }
      NewMember member =
          new NewMember(form.name(), form.email(), form.roleInProject(), type,
              List.of(new AccessRequestInput(form.system(), form.role(), form.justification())));
      for (ConstraintViolation<NewMember> violation : validator.validate(member)) {
        problems.add("members[" + i + "]." + violation.getPropertyPath(), violation.getMessage());
      }
      members.add(member);
    }
    Map<String, Object> variables;
    try {
      problems.throwIfAny();
      variables =
          vendors.startFromForm(Ids.of(execution, VendorOnboardingVariables.VENDOR_ID), members, execution.getProcessInstanceId());
    } catch (InvalidInputException invalid) {
      // Tasklist shows the message of a 400 from the engine's REST API
      throw new BadUserRequestException(
          invalid.fieldProblems().stream()
              .map(p -> p.field() + " " + p.message())
              .collect(java.util.stream.Collectors.joining("; ")));
    }
    execution.removeVariable(FORM_MEMBERS);
    execution.setVariables(variables);
  }
}

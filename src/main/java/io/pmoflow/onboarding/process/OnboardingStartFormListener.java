package io.pmoflow.onboarding.process;

import io.pmoflow.forms.FormTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.forms.TextRows;
import io.pmoflow.onboarding.AccessRequestInput;
import io.pmoflow.onboarding.MemberType;
import io.pmoflow.onboarding.NewMember;
import io.pmoflow.onboarding.Vendor;
import io.pmoflow.onboarding.VendorOnboardingVariables;
import io.pmoflow.onboarding.VendorService;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FullWidth;
import io.pmoflow.web.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A start from the Tasklist start form brings the vendor's id and the members as typed, one per
 * line (see {@link TextRows}) with one access request each; the REST start brings member ids.
 * This turns the form's lines into the same domain rows and variables as the REST start, with the
 * same validation, and drops the typed text so the members' data lives only in the tables. A start
 * that brings member ids is checked too (see {@link VendorService#checkedStartVariables}).
 */
@Component
public class OnboardingStartFormListener implements ExecutionListener {

  static final String FORM_MEMBERS = "members";
  private static final Text LIST = Text.of("onboarding.list.members");
  private static final Pattern MEMBER = Pattern.compile(FORM_MEMBERS + "\\[(\\d+)\\]\\.?(?:access\\[0\\]\\.)?(.*)");

  private final VendorService vendors;
  private final Validator validator;

  public OnboardingStartFormListener(VendorService vendors, Validator validator) {
    this.vendors = vendors;
    this.validator = validator;
  }

  /** The start form's columns by the property of a member they fill: a refusal names the column. */
  private static final Map<String, String> COLUMNS = Map.of(
      "name", "name", "email", "e-mail", "roleInProject", "role in the project", "memberType", "member type",
      "access[0].system", "system", "access[0].role", "role", "access[0].justification", "justification",
      "system", "system", "role", "role", "justification", "justification");

  @Override
  public void notify(DelegateExecution execution) {
    requireKnownVendor(execution);
    if (execution.hasVariable(VendorOnboardingVariables.MEMBER_IDS)) {
      // the API (or the RFP award) entered the members; checked again here whoever started it,
      // and every other start variable is computed from the vendor record, not taken from the caller
      Object ids = execution.getVariable(VendorOnboardingVariables.MEMBER_IDS);
      if (!(ids instanceof List<?> memberIds)) {
        throw new FormInputRefused(Text.of("onboarding.refused.member-ids").inRequestLanguage());
      }
      try {
        setWhereDifferent(execution,
            vendors.checkedStartVariables(ProcessIds.of(execution, VendorOnboardingVariables.VENDOR_ID), memberIds));
        nameAfterVendor(execution);
      } catch (InvalidInputException invalid) {
        throw new FormInputRefused(
            invalid.fieldProblems().stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
      }
      return;
    }
    List<TextRows.Row> rows = TextRows.parse(execution.getVariable(FORM_MEMBERS), LIST, 7);
    if (rows.isEmpty()) {
      throw new FormInputRefused(Text.of("onboarding.refused.no-member").inRequestLanguage());
    }
    List<String> problems = new ArrayList<>();
    List<NewMember> members = new ArrayList<>();
    for (TextRows.Row row : rows) {
      NewMember member =
          new NewMember(row.value(0), FullWidth.toHalfWidth(row.value(1)), row.value(2), memberType(row),
              List.of(new AccessRequestInput(
                  FullWidth.toHalfWidth(row.value(4)), FullWidth.toHalfWidth(row.value(5)), row.value(6))));
      for (ConstraintViolation<NewMember> violation : validator.validate(member)) {
        problems.add(Text.of("rows.line", LIST, String.valueOf(row.line()), column(violation.getPropertyPath().toString()) + " " + violation.getMessage()).inRequestLanguage());
      }
      members.add(member);
    }
    if (!problems.isEmpty()) {
      throw new FormInputRefused(String.join(Text.of("form.separator").inRequestLanguage(), problems));
    }
    Map<String, Object> variables;
    try {
      variables =
          vendors.startFromForm(ProcessIds.of(execution, VendorOnboardingVariables.VENDOR_ID), members,
              execution.getProcessInstanceId(), TaskActor.loggedIn(execution.getProcessEngineServices()));
    } catch (InvalidInputException invalid) {
      throw new FormInputRefused(
          invalid.fieldProblems().stream()
              .map(p -> inWords(p.field(), rows) + " " + p.message())
              .collect(Collectors.joining("; ")));
    }
    execution.removeVariable(FORM_MEMBERS);
    execution.setVariables(variables);
    nameAfterVendor(execution);
  }

  /**
   * Sets only the variables whose computed value differs from the one the start brought: the API's
   * own start brings exactly these, and setting them again would write each to the history twice.
   */
  private static void setWhereDifferent(DelegateExecution execution, Map<String, Object> variables) {
    variables.forEach((name, value) -> {
      if (!Objects.equals(execution.getVariable(name), value)) {
        execution.setVariable(name, value);
      }
    });
  }

  /**
   * The instance's business key is the vendor's code however it was started: Tasklist's start
   * dialog leaves it empty unless someone types one, and then it could be anything.
   */
  private void nameAfterVendor(DelegateExecution execution) {
    Vendor vendor = vendors.vendor(ProcessIds.of(execution, VendorOnboardingVariables.VENDOR_ID));
    if (vendor != null && vendor.getCode() != null) {
      execution.setProcessBusinessKey(vendor.getCode());
    }
  }

  /**
   * A start names a registered vendor by its number; otherwise it is refused in the form's words,
   * before anything is read or written (the engine's own text would say "Vendor 99 does not exist"
   * wrapped in its codes).
   */
  private void requireKnownVendor(DelegateExecution execution) {
    long vendorId;
    try {
      vendorId = ProcessIds.of(execution, VendorOnboardingVariables.VENDOR_ID);
    } catch (IllegalStateException notANumber) {
      throw new FormInputRefused(Text.of("onboarding.refused.vendor-number", FormTexts.label("Vendor number")).inRequestLanguage());
    }
    try {
      vendors.vendor(vendorId);
    } catch (ApiException notFound) {
      throw new FormInputRefused(
          Text.of("onboarding.refused.no-such-vendor", FormTexts.label("Vendor number"), String.valueOf(vendorId)).inRequestLanguage());
    }
  }

  /** A member's property as the form's column calls it: {@code access[0].system} is {@code system}. */
  private static String column(String property) {
    return COLUMNS.getOrDefault(property, property);
  }

  /** {@code members[1].access[0].system} as the person typed it: {@code Members, line 2: system}. */
  private static String inWords(String field, List<TextRows.Row> rows) {
    Matcher member = MEMBER.matcher(field);
    if (member.matches()) {
      return Text.of("rows.line", LIST, String.valueOf(rows.get(Integer.parseInt(member.group(1))).line()), column(member.group(2))).inRequestLanguage();
    }
    return VendorOnboardingVariables.VENDOR_ID.equals(field) ? FormTexts.label("Vendor number") : field;
  }

  private static MemberType memberType(TextRows.Row row) {
    String value = row.value(3);
    try {
      return value == null ? null : MemberType.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.refused(Text.of("onboarding.refused.member-type", value));
    }
  }
}

package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.APPROVAL_REASON;
import static io.pmoflow.onboarding.VendorOnboardingVariables.APPROVED;
import static io.pmoflow.onboarding.VendorOnboardingVariables.REASON;
import static io.pmoflow.onboarding.VendorOnboardingVariables.REJECTION_REASON;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * An approver's answer on one of the access approval forms: approve or reject, and why. The stage
 * and the route never come from here: they come from the task's element and the grant.
 */
record AccessAnswer(boolean approved, String reason) {

  static AccessAnswer of(VariableScope task) {
    Object approved = task.getVariable(APPROVED);
    if (approved == null) {
      throw new IllegalArgumentException("Approve or reject the request");
    }
    boolean isApproved = Boolean.TRUE.equals(approved) || "true".equals(String.valueOf(approved));
    String reason = reason(task, isApproved);
    if (!isApproved && (reason == null || reason.isBlank())) {
      // also for an administrator, whose submission the form guard does not check: under the form's field
      throw new FormInputRefused(FormInputRefused.neededForChoice("Reason", RequestLanguage.current(Languages.ENGLISH)));
    }
    return new AccessAnswer(isApproved, reason);
  }

  /**
   * What the approver wrote in the form's reason field for this decision (the field is mapped to
   * each approval task, so nothing comes from an earlier stage); else {@code reason}, as other
   * clients send it. The form submits the field also as {@code reason}, but form-js computes that
   * copy only after re-rendering: computed on submit, a Complete shortly after typing was measured
   * to send it empty. The form now computes it on every change; this is the safety net.
   */
  static String reason(VariableScope task, boolean approved) {
    Object typed = task.getVariable(approved ? APPROVAL_REASON : REJECTION_REASON);
    if (typed instanceof String text && !text.isBlank()) {
      return text;
    }
    return (String) task.getVariable(REASON);
  }
}

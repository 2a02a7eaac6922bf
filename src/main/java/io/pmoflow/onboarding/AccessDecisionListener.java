package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Records an approver's decision when they complete an approval task. */
@Component
class AccessDecisionListener implements TaskListener {

  private final AccessDecisions decisions;

  AccessDecisionListener(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  // the stage and the route come from the task's definition and the grant, never from variables

  @Override
  public void notify(DelegateTask task) {
    Object approved = task.getVariable(APPROVED);
    if (approved == null) {
      throw new IllegalArgumentException("Approve or reject the request");
    }
    boolean securityStage = !"Task_PmApproval".equals(task.getTaskDefinitionKey());
    long grantId = Ids.of(task.getExecution(), GRANT_ID);
    boolean needsPm = SECURITY_AND_PM.equals(decisions.routeOf(grantId));
    boolean isApproved = Boolean.TRUE.equals(approved) || "true".equals(String.valueOf(approved));
    decisions.decide(
        grantId,
        isApproved,
        reason(task, isApproved),
        TaskActor.of(task),
        !(securityStage && needsPm));
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

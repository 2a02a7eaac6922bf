package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records an approver's decision when they complete an approval task. */
@Component
class AccessDecisionListener implements TaskListener {

  private final AccessDecisions decisions;

  AccessDecisionListener(AccessDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    Object approved = task.getVariable(APPROVED);
    if (approved == null) {
      throw new IllegalArgumentException("Approve or reject the request");
    }
    boolean securityStage = !"Task_PmApproval".equals(task.getTaskDefinitionKey());
    boolean needsPm = SECURITY_AND_PM.equals(task.getVariable(APPROVAL_ROUTE));
    decisions.decide(
        Ids.of(task.getExecution(), GRANT_ID),
        Boolean.TRUE.equals(approved) || "true".equals(String.valueOf(approved)),
        (String) task.getVariable(REASON),
        approver(task),
        !(securityStage && needsPm));
  }

  private static String approver(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "unknown" : authentication.getUserId();
  }
}

package io.pmoflow.onboarding.process;

import io.pmoflow.onboarding.VendorOnboardingVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A MemberAdded or MemberRemoved message brings the member's id, which the engine puts on the
 * process instance. This moves it into the event subprocess that the message started, so that
 * two such messages never share (or overwrite) one member id.
 */
@Component
public class MemberMessageListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Object memberId = execution.getVariable(VendorOnboardingVariables.MEMBER_ID);
    execution.getProcessInstance().removeVariableLocal(VendorOnboardingVariables.MEMBER_ID);
    execution.setVariableLocal(VendorOnboardingVariables.MEMBER_ID, memberId);
  }
}

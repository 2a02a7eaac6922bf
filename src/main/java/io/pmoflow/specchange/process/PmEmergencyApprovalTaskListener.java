package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.EMERGENCY_APPROVED;
import static io.pmoflow.specchange.SpecChangeVariables.EMERGENCY_DECISION;

import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.TaskDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_PmEmergencyApproval: the request is in approval; the project manager's decision on the emergency change goes into the trail and decides the way on. */
@Component
public class PmEmergencyApprovalTaskListener extends ChangeRequestTaskListener {

  PmEmergencyApprovalTaskListener(ChangeRequestProgress progress) {
    super(progress, ChangeStatus.IN_APPROVAL);
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    progress.refuseOwnRequest(id, decision.actor());
    approvedOrRejected(task, id, decision, EMERGENCY_DECISION, EMERGENCY_APPROVED);
  }
}

package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.SPONSOR_APPROVED;
import static io.pmoflow.specchange.SpecChangeVariables.SPONSOR_DECISION;

import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.TaskDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_SponsorApproval: the request is in approval; the sponsor's decision goes into the trail and decides the way on. */
@Component
public class SponsorApprovalTaskListener extends ChangeRequestTaskListener {

  SponsorApprovalTaskListener(ChangeRequestProgress progress) {
    super(progress, ChangeStatus.IN_APPROVAL);
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    approvedOrRejected(task, id, decision, SPONSOR_DECISION, SPONSOR_APPROVED);
  }
}

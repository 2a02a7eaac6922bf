package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.*;
import static io.pmoflow.specchange.process.SpecChangeTasks.answer;

import io.pmoflow.specchange.ChangeRequestApprovals;
import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.TaskDecision;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_PmApproval: the request is in approval; the project manager's decision goes into the trail and decides the way on. */
@Component
public class SpecChangePmApprovalTaskListener extends ChangeRequestTaskListener {

  private final ChangeRequestApprovals approvals;

  SpecChangePmApprovalTaskListener(ChangeRequestProgress progress, ChangeRequestApprovals approvals) {
    super(progress, ChangeStatus.IN_APPROVAL);
    this.approvals = approvals;
  }

  /** After a deferral the earlier "deferred" and its date must not be pre-selected. */
  @Override
  List<String> earlierAnswers() {
    return List.of(PM_DECISION, FOLLOW_UP_DATE);
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    progress.refuseOwnRequest(id, decision.actor());
    String outcome = answer(task, PM_DECISION, "approved", "rejected", "deferred");
    approvals.pmDecided(id, decision, outcome, task.getVariable(FOLLOW_UP_DATE));
    task.setVariable(PM_APPROVED, "approved".equals(outcome));
    task.setVariable(PM_DEFERRED, "deferred".equals(outcome));
  }
}

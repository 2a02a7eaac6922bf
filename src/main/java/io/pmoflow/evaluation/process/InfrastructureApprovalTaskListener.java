package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;
import static io.pmoflow.evaluation.EvaluationVariables.PM_APPROVAL_NEEDED;
import static io.pmoflow.evaluation.EvaluationVariables.REJECTED;

import io.pmoflow.evaluation.EvaluationApprovals;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Approve the environments (infrastructure)" and "Approve the extension (infrastructure)": records
 * the owner's decision (on the extension while one is pending) and tells the next gateway whether it
 * was rejected and whether the PM must approve too, from the route recorded on the evaluation. The
 * requester may not approve their own request (four eyes).
 */
@Component
public class InfrastructureApprovalTaskListener implements TaskListener {

  private final EvaluationApprovals approvals;

  public InfrastructureApprovalTaskListener(EvaluationApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ShownRequest.writeOn(task, approvals);
      return;
    }
    Answer answer = Answer.of(task);
    EvaluationApprovals.Outcome outcome = approvals.decideAsInfrastructure(
        ProcessIds.of(task.getExecution(), EVALUATION_ID), answer.is("approve"), answer.reason(), TaskActor.of(task));
    task.getExecution().setVariable(REJECTED, outcome.rejected());
    task.getExecution().setVariable(PM_APPROVAL_NEEDED, outcome.pmApprovalNeeded());
  }
}

package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;
import static io.pmoflow.evaluation.EvaluationVariables.REJECTED;

import io.pmoflow.evaluation.EvaluationApprovals;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Approve personal data in the environments (PM)": the project's PM, after the infrastructure owner. */
@Component
public class EvaluationPmApprovalTaskListener implements TaskListener {

  private final EvaluationApprovals approvals;

  public EvaluationPmApprovalTaskListener(EvaluationApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ShownRequest.writeOn(task, approvals);
      return;
    }
    Answer answer = Answer.of(task);
    task.getExecution().setVariable(REJECTED, approvals.decideAsPm(
        ProcessIds.of(task.getExecution(), EVALUATION_ID), answer.is("approve"), answer.reason(), TaskActor.of(task)).rejected());
  }
}

package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationApprovals;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Approve the extension (infrastructure)": an approval moves the end date, a rejection keeps it. */
@Component
public class ExtensionApprovalTaskListener implements TaskListener {

  private final EvaluationApprovals approvals;

  public ExtensionApprovalTaskListener(EvaluationApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ShownRequest.writeOn(task, approvals);
      return;
    }
    Answer answer = Answer.of(task);
    approvals.decideAsInfrastructure(
        ProcessIds.of(task.getExecution(), EVALUATION_ID), answer.is("approve"), answer.reason(), TaskActor.of(task), true);
  }
}

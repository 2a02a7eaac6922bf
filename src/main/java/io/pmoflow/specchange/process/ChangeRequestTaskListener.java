package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.answer;
import static io.pmoflow.specchange.process.SpecChangeTasks.created;
import static io.pmoflow.specchange.process.SpecChangeTasks.decision;
import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;

import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.TaskDecision;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What every person's step of {@code spec-change-approval} has in common: while the task waits
 * the request shows its status; when it is completed the subclass hands the answer to its step.
 */
abstract class ChangeRequestTaskListener implements TaskListener {

  final ChangeRequestProgress progress;
  private final ChangeStatus waiting;

  /** {@code waiting}: the request's status while the task is open, or {@code null} to leave it. */
  ChangeRequestTaskListener(ChangeRequestProgress progress, ChangeStatus waiting) {
    this.progress = progress;
    this.waiting = waiting;
  }

  @Override
  public final void notify(DelegateTask task) {
    long id = requestId(task);
    if (!created(task)) {
      completed(task, id, decision(task));
      return;
    }
    // the request in plain words above the decision is read when the form is (ChangeRequestShownTexts)
    forgetEarlierAnswers(task);
    if (waiting != null) {
      progress.waitAt(id, waiting);
    }
  }

  /**
   * The answers of an earlier round of this step that would pre-fill its form with an old decision
   * (the earlier answer stays in the trail and in the domain).
   */
  List<String> earlierAnswers() {
    return List.of();
  }

  private void forgetEarlierAnswers(DelegateTask task) {
    for (String name : earlierAnswers()) {
      task.getExecution().getProcessInstance().removeVariable(name);
    }
  }

  /** The task was completed by {@code decision.actor()}. */
  abstract void completed(DelegateTask task, long id, TaskDecision decision);

  /** Records an approver's "approved" or "rejected" in the trail and tells the gateway in {@code flag}. */
  void approvedOrRejected(DelegateTask task, long id, TaskDecision decision, String answer, String flag) {
    String outcome = answer(task, answer, "approved", "rejected");
    progress.record(id, decision, outcome);
    task.setVariable(flag, "approved".equals(outcome));
  }
}

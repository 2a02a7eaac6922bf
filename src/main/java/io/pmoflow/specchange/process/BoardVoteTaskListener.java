package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.BOARD_APPROVED;
import static io.pmoflow.specchange.SpecChangeVariables.VOTE;
import static io.pmoflow.specchange.process.SpecChangeTasks.text;

import io.pmoflow.specchange.BoardBallot;
import io.pmoflow.specchange.ChangeRequestApprovals;
import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.TaskDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_BoardVote: the request is in approval; each member's vote fills their ballot, once, and the ballots say whether the board approved. */
@Component
public class BoardVoteTaskListener extends ChangeRequestTaskListener {

  private final ChangeRequestApprovals approvals;

  BoardVoteTaskListener(ChangeRequestProgress progress, ChangeRequestApprovals approvals) {
    super(progress, ChangeStatus.IN_APPROVAL);
    this.approvals = approvals;
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    BoardBallot ballot = approvals.vote(id, decision, task.getAssignee(), text(task.getVariable(VOTE)));
    task.setVariable(BOARD_APPROVED, ballot.approved());
  }
}

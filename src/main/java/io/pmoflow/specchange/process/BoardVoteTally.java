package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;

import io.pmoflow.specchange.ChangeRequestApprovals;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The multi-instance of Task_BoardVote: one vote task per member of the current round
 * ({@code ${boardVoteTally.voters(execution)}}), ended as soon as the ballots decide
 * ({@code ${boardVoteTally.decided(execution)}}). The ballots, not process variables, count. */
@Component
public class BoardVoteTally {

  private final ChangeRequestApprovals approvals;

  BoardVoteTally(ChangeRequestApprovals approvals) {
    this.approvals = approvals;
  }

  /** The members of the current round, one vote task each. */
  public List<String> voters(DelegateExecution execution) {
    return approvals.ballot(requestId(execution)).voters();
  }

  /** Whether the vote is decided: enough approvals, or so many rejections that it cannot pass. */
  public boolean decided(DelegateExecution execution) {
    return approvals.ballot(requestId(execution)).decided();
  }
}

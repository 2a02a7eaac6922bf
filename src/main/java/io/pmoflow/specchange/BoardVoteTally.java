package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.*;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.process.TaskActor;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The change board's vote, kept in the domain: the ballots of the round (who may vote) are
 * written when the routing calls the board in, each completed vote fills its member's ballot
 * once, and the multi-instance completion condition and the gateway count the ballots. No
 * process variable counts: a voter could send one with their vote.
 */
@Component
public class BoardVoteTally {

  private final ChangeRequestSteps steps;

  BoardVoteTally(ChangeRequestSteps steps) {
    this.steps = steps;
  }

  /** The members of the current round, one vote task each. */
  public List<String> voters(DelegateExecution execution) {
    return steps.ballot(id(execution)).voters();
  }

  /** Task listener (complete) of each vote: the logged-in member's ballot takes their vote. */
  public void count(DelegateTask task) {
    String voter = TaskActor.of(task);
    if (!voter.equals(task.getAssignee())) {
      throw new FormInputRefused("Only " + task.getAssignee() + " may cast this vote, not " + voter);
    }
    Object vote = task.getVariable(VOTE);
    steps.castVote(((Number) task.getVariable(CHANGE_REQUEST_ID)).longValue(), voter, vote == null ? null : vote.toString());
  }

  /** Whether more than the required share of all members approved. */
  public boolean approved(DelegateExecution execution) {
    return steps.ballot(id(execution)).approved();
  }

  /** Whether the vote is decided: enough approvals, or so many rejections that it cannot pass. */
  public boolean decided(DelegateExecution execution) {
    return steps.ballot(id(execution)).decided();
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(CHANGE_REQUEST_ID)).longValue();
  }
}

package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Counts the change board's votes as each member completes their vote, so the multi-instance
 * completion condition can stop the vote once the outcome is certain.
 */
@Component
public class BoardVoteTally {

  /** Task listener (complete) of each vote. */
  public void count(DelegateTask task) {
    DelegateExecution instance = task.getExecution().getProcessInstance();
    String counter = "approve".equals(task.getVariable(VOTE)) ? BOARD_APPROVALS : BOARD_REJECTIONS;
    Number sofar = (Number) instance.getVariable(counter);
    instance.setVariable(counter, (sofar == null ? 0 : sofar.intValue()) + 1);
  }

  /** Whether more than the required share of all members approved. */
  public boolean approved(DelegateExecution execution) {
    return share(execution, BOARD_APPROVALS) > majority(execution);
  }

  /** Whether the vote is decided: enough approvals, or so many rejections that it cannot pass. */
  public boolean decided(DelegateExecution execution) {
    return approved(execution) || share(execution, BOARD_REJECTIONS) >= 1 - majority(execution);
  }

  private static double share(DelegateExecution execution, String counter) {
    Number votes = (Number) execution.getVariable(counter);
    int members = ((java.util.Collection<?>) execution.getVariable(BOARD_MEMBERS)).size();
    return votes == null || members == 0 ? 0 : votes.doubleValue() / members;
  }

  private static double majority(DelegateExecution execution) {
    Number majority = (Number) execution.getVariable(BOARD_MAJORITY);
    return majority == null ? 0.5 : majority.doubleValue();
  }
}

package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;
import static io.pmoflow.specchange.SpecChangeVariables.WAITING_TASK;

import io.pmoflow.specchange.SpecChangeNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_Escalate: the PMO learns that a decision is overdue, once per waiting approval. */
@Component
public class EscalateDelegate implements JavaDelegate {

  private final SpecChangeNotices notices;

  EscalateDelegate(SpecChangeNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String waitingTask = (String) execution.getVariable(WAITING_TASK);
    notices.escalated(
        requestId(execution), execution.getId() + "-" + waitingTask, waitingTask, execution.getCurrentActivityName());
  }
}

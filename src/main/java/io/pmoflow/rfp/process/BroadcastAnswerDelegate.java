package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpTendering;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_BroadcastAnswer: sends the answered question to every invited vendor. */
@Component
class BroadcastAnswerDelegate implements JavaDelegate {

  private final RfpTendering tendering;

  BroadcastAnswerDelegate(RfpTendering tendering) {
    this.tendering = tendering;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tendering.broadcastAnswer(ProcessIds.of(execution, RfpVariables.QUESTION_ID));
  }
}

package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;

import io.pmoflow.specchange.SpecChangeNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyWithdrawn: the people concerned learn that the requester withdrew the request. */
@Component
public class NotifyWithdrawnDelegate implements JavaDelegate {

  private final SpecChangeNotices notices;

  NotifyWithdrawnDelegate(SpecChangeNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.withdrawn(requestId(execution));
  }
}

package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;

import io.pmoflow.specchange.SpecChangeNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyRejected: the requester learns why; the request is closed as rejected. */
@Component
public class NotifyRejectedDelegate implements JavaDelegate {

  private final SpecChangeNotices notices;

  NotifyRejectedDelegate(SpecChangeNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.rejected(requestId(execution));
  }
}

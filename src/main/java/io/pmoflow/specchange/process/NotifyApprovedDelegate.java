package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;
import static io.pmoflow.specchange.SpecChangeVariables.RESULTING_VERSION;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.specchange.SpecChangeNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyApproved: the vendor and stakeholders learn the new baseline. */
@Component
public class NotifyApprovedDelegate implements JavaDelegate {

  private final SpecChangeNotices notices;

  NotifyApprovedDelegate(SpecChangeNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int version = (int) ProcessIds.of(execution, RESULTING_VERSION);
    notices.approved(requestId(execution), version, execution.getCurrentActivityName());
  }
}

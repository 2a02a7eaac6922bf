package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;
import static io.pmoflow.specchange.SpecChangeVariables.RESULTING_VERSION;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.specchange.SpecChangeNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyRolledBack: everyone learns that the emergency change was rolled back, and to which baseline. */
@Component
public class NotifyRolledBackDelegate implements JavaDelegate {

  private final SpecChangeNotices notices;

  NotifyRolledBackDelegate(SpecChangeNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int version = (int) ProcessIds.of(execution, RESULTING_VERSION);
    notices.rolledBack(requestId(execution), version, execution.getCurrentActivityName());
  }
}

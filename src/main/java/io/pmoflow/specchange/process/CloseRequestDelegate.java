package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;

import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRequest: everything after the approval is done; the request is closed. */
@Component
public class CloseRequestDelegate implements JavaDelegate {

  private final ChangeRequestProgress progress;

  CloseRequestDelegate(ChangeRequestProgress progress) {
    this.progress = progress;
  }

  @Override
  public void execute(DelegateExecution execution) {
    progress.finish(requestId(execution), ChangeStatus.CLOSED, "Close the request");
  }
}

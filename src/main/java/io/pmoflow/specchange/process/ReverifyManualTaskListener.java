package io.pmoflow.specchange.process;

import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.TaskDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ReverifyManual (on complete, once per manual section): the re-verification goes into the trail. */
@Component
public class ReverifyManualTaskListener extends ChangeRequestTaskListener {

  ReverifyManualTaskListener(ChangeRequestProgress progress) {
    super(progress, null);
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    progress.record(id, decision, "screenshots re-taken and steps checked");
  }
}

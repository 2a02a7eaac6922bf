package io.pmoflow.specchange.process;

import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.TaskDecision;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ReverifyManual (on complete, once per manual section): the re-verification goes into the trail. */
@Component
public class ReverifyManualTaskListener extends ChangeRequestTaskListener {

  ReverifyManualTaskListener(ChangeRequestProgress progress) {
    super(progress, null);
  }

  /** A section sent back is checked again from unticked boxes. */
  @Override
  List<String> earlierAnswers() {
    return List.of("screenshotsRetaken", "stepsMatch");
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    progress.record(id, decision, "screenshots re-taken and steps checked");
  }
}

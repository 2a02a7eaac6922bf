package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.REVERIFICATION_ACCEPTED;

import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.TaskDecision;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ApproveReverification (on complete): whether the PMO accepted the re-taken screenshots goes into the trail. */
@Component
public class ApproveReverificationTaskListener extends ChangeRequestTaskListener {

  ApproveReverificationTaskListener(ChangeRequestProgress progress) {
    super(progress, null);
  }

  /** A new round of screenshots is approved afresh. */
  @Override
  List<String> earlierAnswers() {
    return List.of(REVERIFICATION_ACCEPTED);
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    progress.refuseOwnReverification(id, decision.actor());
    boolean accepted = Boolean.TRUE.equals(task.getVariable(REVERIFICATION_ACCEPTED));
    progress.record(id, decision, accepted ? "accepted" : "sent back");
  }
}

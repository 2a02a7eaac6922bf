package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.BOARD_REVIEW;
import static io.pmoflow.specchange.SpecChangeVariables.BOARD_ROLLS_BACK;
import static io.pmoflow.specchange.process.SpecChangeTasks.answer;

import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.TaskDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_EmergencyBoardReview (on complete): the board's review goes into the trail and says whether the change is rolled back. */
@Component
public class EmergencyBoardReviewTaskListener extends ChangeRequestTaskListener {

  EmergencyBoardReviewTaskListener(ChangeRequestProgress progress) {
    super(progress, null);
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    String outcome = answer(task, BOARD_REVIEW, "keep", "rollBack");
    progress.record(id, decision, outcome);
    task.setVariable(BOARD_ROLLS_BACK, "rollBack".equals(outcome));
  }
}

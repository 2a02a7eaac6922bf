package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;
import static io.pmoflow.evaluation.EvaluationVariables.REASON;

import io.pmoflow.evaluation.EvaluationScoring;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Moderate the trial scores": shows every tester's scores and reasons; records how the PMO resolved the disagreement. */
@Component
public class ModerateTrialScoresTaskListener implements TaskListener {

  private final EvaluationScoring scoring;

  public ModerateTrialScoresTaskListener(EvaluationScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ProcessIds.of(task.getExecution(), EVALUATION_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal("scores", scoring.disagreements(id));
      return;
    }
    scoring.moderate(id, TaskActor.of(task), Answer.text(task, REASON));
  }
}

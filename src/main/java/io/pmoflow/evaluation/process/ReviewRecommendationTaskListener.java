package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;
import static io.pmoflow.evaluation.EvaluationVariables.MORE_NEEDED;

import io.pmoflow.evaluation.EvaluationRecommendations;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Review the recommendation (PM)": accept it, with the next step the PM wants, or ask the PMO for more. */
@Component
public class ReviewRecommendationTaskListener implements TaskListener {

  private final EvaluationRecommendations recommendations;

  public ReviewRecommendationTaskListener(EvaluationRecommendations recommendations) {
    this.recommendations = recommendations;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ProcessIds.of(task.getExecution(), EVALUATION_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal("recommendationText", recommendations.recommendationShown(id));
      return;
    }
    Answer answer = Answer.of(task);
    task.getExecution().setVariable(MORE_NEEDED, recommendations.answer(
        id, TaskActor.of(task), answer.is("accept"), answer.reason(), Answer.text(task, "followUp")));
  }
}

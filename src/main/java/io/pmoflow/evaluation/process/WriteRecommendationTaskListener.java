package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;

import io.pmoflow.evaluation.EvaluationRecommendations;
import io.pmoflow.forms.SelectOptions;
import io.pmoflow.forms.ShownTexts;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Write the recommendation": shows the generated comparison; records which candidate fits, why, and the risks. */
@Component
public class WriteRecommendationTaskListener implements TaskListener {

  private final EvaluationRecommendations recommendations;

  public WriteRecommendationTaskListener(EvaluationRecommendations recommendations) {
    this.recommendations = recommendations;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ProcessIds.of(task.getExecution(), EVALUATION_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(ShownTexts.of("comparison", language -> recommendations.comparisonInWords(id, language)));
      task.setVariableLocal("candidateChoices", SelectOptions.json(recommendations.candidateChoices(id)));
      return;
    }
    recommendations.write(id, TaskActor.of(task), Answer.text(task, "recommendedCandidate"),
        Answer.text(task, "recommendation"), Answer.text(task, "risks"));
  }
}

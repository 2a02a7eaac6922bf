package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;
import static io.pmoflow.evaluation.EvaluationVariables.MORE_NEEDED;

import io.pmoflow.evaluation.EvaluationRecommendations;
import io.pmoflow.evaluation.SpecChangeDraft;
import io.pmoflow.forms.SelectOptions;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Review the recommendation (PM)": accept it, with the next step the PM wants (a spec change is requested with the answer), or ask the PMO for more. */
@Component
public class ReviewRecommendationTaskListener implements TaskListener {

  /** The select's options: the sections of the project's specification. */
  static final String SPEC_SECTIONS = "specSections";
  private static final java.util.List<String> CHANGE_FIELDS = java.util.List.of("changeTitle", "changeSection", "changeText");

  private final EvaluationRecommendations recommendations;

  public ReviewRecommendationTaskListener(EvaluationRecommendations recommendations) {
    this.recommendations = recommendations;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ProcessIds.of(task.getExecution(), EVALUATION_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal("recommendationText", recommendations.recommendationShown(id));
      task.setVariableLocal(SPEC_SECTIONS, SelectOptions.json(recommendations.specSections(id)));
      return;
    }
    Answer answer = Answer.of(task);
    SpecChangeDraft change = new SpecChangeDraft(
        Answer.text(task, "changeTitle"), Answer.text(task, "changeSection"), Answer.text(task, "changeText"));
    task.getExecution().setVariable(MORE_NEEDED, recommendations.answer(
        id, TaskActor.of(task), answer.is("accept"), answer.reason(), Answer.text(task, "followUp"), change));
    // the change request holds what was typed for it
    CHANGE_FIELDS.forEach(task.getExecution()::removeVariable);
  }
}

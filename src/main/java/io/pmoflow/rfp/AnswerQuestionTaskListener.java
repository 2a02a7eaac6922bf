package io.pmoflow.rfp;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the vendor's question (not who asked) and saves the PMO's answer. */
@Component
class AnswerQuestionTaskListener implements TaskListener {

  private final RfpSteps steps;

  AnswerQuestionTaskListener(RfpSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    long questionId = ((Number) task.getVariable(RfpVariables.QUESTION_ID)).longValue();
    if (RfpTasks.creating(task)) {
      RfpQuestion q = steps.question(questionId);
      task.setVariableLocal("rfpTitle", steps.rfp(q.getRfpId()).getTitle());
      task.setVariableLocal("question", q.getQuestion());
      task.setVariableLocal(RfpVariables.ANSWER, "");
      return;
    }
    steps.answer(questionId, RfpFormValues.text(task.getVariable(RfpVariables.ANSWER)), RfpTasks.actor(task));
  }
}

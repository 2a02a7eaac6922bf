package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.rfp.RfpFormValues;
import io.pmoflow.rfp.RfpTendering;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_AnswerQuestion: shows the vendor's question (not who asked) and saves the PMO's answer. */
@Component
class AnswerQuestionTaskListener implements TaskListener {

  private final RfpTendering tendering;

  AnswerQuestionTaskListener(RfpTendering tendering) {
    this.tendering = tendering;
  }

  @Override
  public void notify(DelegateTask task) {
    long questionId = ProcessIds.of(task, RfpVariables.QUESTION_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(tendering.questionForm(questionId));
      return;
    }
    tendering.answer(questionId, RfpFormValues.text(task.getVariable(RfpVariables.ANSWER)), TaskActor.of(task));
  }
}

package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.ANSWER;
import static io.pmoflow.specchange.process.SpecChangeTasks.text;

import io.pmoflow.specchange.ChangeRequestAnalysis;
import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.TaskDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_AnswerQuestion: the request waits for its requester; the answer goes into the request and the trail. */
@Component
public class SpecChangeAnswerQuestionTaskListener extends ChangeRequestTaskListener {

  private final ChangeRequestAnalysis analysis;

  SpecChangeAnswerQuestionTaskListener(ChangeRequestProgress progress, ChangeRequestAnalysis analysis) {
    super(progress, ChangeStatus.WAITING_FOR_REQUESTER);
    this.analysis = analysis;
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    analysis.answered(id, decision, text(task.getVariable(ANSWER)));
  }
}

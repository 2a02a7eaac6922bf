package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.*;
import static io.pmoflow.specchange.process.SpecChangeTasks.answer;
import static io.pmoflow.specchange.process.SpecChangeTasks.text;

import io.pmoflow.specchange.ChangeRequestAnalysis;
import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.TaskDecision;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_Triage: the request waits in triage; the PMO's triage goes into the trail and decides the way on. */
@Component
public class TriageTaskListener extends ChangeRequestTaskListener {

  private final ChangeRequestAnalysis analysis;

  TriageTaskListener(ChangeRequestProgress progress, ChangeRequestAnalysis analysis) {
    super(progress, ChangeStatus.IN_TRIAGE);
    this.analysis = analysis;
  }

  /** On re-triage the earlier outcome, question and follow-up date must not be pre-selected. */
  @Override
  List<String> earlierAnswers() {
    return List.of(TRIAGE_OUTCOME, QUESTION, FOLLOW_UP_DATE, NEEDS_VENDOR_ESTIMATE);
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    String outcome = answer(task, TRIAGE_OUTCOME, "complete", "incomplete", "duplicate", "deferred");
    String type = text(task.getVariable(CHANGE_TYPE));
    analysis.triaged(id, decision, outcome, type, text(task.getVariable(QUESTION)), task.getVariable(FOLLOW_UP_DATE));
    task.setVariable(ASK_REQUESTER, "incomplete".equals(outcome));
    task.setVariable(TRIAGE_DEFERRED, "deferred".equals(outcome));
    task.setVariable(DUPLICATE, "duplicate".equals(outcome));
    task.setVariable(STANDARD_CHANGE, "standard".equals(type));
    task.setVariable(EMERGENCY_CHANGE, "emergency".equals(type));
    task.setVariable(ASK_VENDOR_ESTIMATE,
        Boolean.TRUE.equals(task.getVariable(NEEDS_VENDOR_ESTIMATE)) && task.getVariable(VENDOR_GROUP) != null);
  }
}

package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;
import static io.pmoflow.evaluation.EvaluationVariables.EXTENSION_REQUESTED;

import io.pmoflow.evaluation.EvaluationExpiry;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Extend the environments or end them (PM)": open while the environments live. An extension is
 * bounded by the settings and decided again by the decision table; ending removes them now.
 */
@Component
public class EnvironmentsInUseTaskListener implements TaskListener {

  private final EvaluationExpiry expiry;

  public EnvironmentsInUseTaskListener(EvaluationExpiry expiry) {
    this.expiry = expiry;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ProcessIds.of(task.getExecution(), EVALUATION_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal("environmentsUntil", expiry.until(id));
      return;
    }
    Answer answer = Answer.of(task);
    boolean extend = answer.is("extend");
    if (extend) {
      expiry.requestExtension(id, TaskActor.of(task), task.getVariable("extendUntil"));
    } else {
      expiry.endNow(id, TaskActor.of(task));
    }
    task.getExecution().setVariable(EXTENSION_REQUESTED, extend);
  }
}

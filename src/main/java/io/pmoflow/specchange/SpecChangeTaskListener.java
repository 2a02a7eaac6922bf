package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.CHANGE_REQUEST_ID;

import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every user task of {@code spec-change-approval}: when it is created the request's status
 * follows; when it is completed the decision goes into the trail, with who made it.
 */
@Component
public class SpecChangeTaskListener implements TaskListener {

  private final ChangeRequestSteps steps;

  SpecChangeTaskListener(ChangeRequestSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ((Number) task.getVariable(CHANGE_REQUEST_ID)).longValue();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      steps.taskCreated(id, task.getTaskDefinitionKey());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      steps.taskCompleted(id, task.getTaskDefinitionKey(), task.getName(), TaskActor.of(task), task.getVariables());
    }
  }
}

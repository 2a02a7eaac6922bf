package io.pmoflow.rfp;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.process.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Small helpers for the RFP's task listeners and delegates. */
final class RfpTasks {

  private RfpTasks() {}

  static long rfpId(DelegateTask task) {
    return ((Number) task.getVariable(RfpVariables.RFP_ID)).longValue();
  }

  static long rfpId(DelegateExecution execution) {
    return ((Number) execution.getVariable(RfpVariables.RFP_ID)).longValue();
  }

  static boolean creating(DelegateTask task) {
    return TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
  }

  static boolean completing(DelegateTask task) {
    return TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName());
  }

  /** Who completes the task: the logged-in user (see {@link TaskActor}). */
  static String actor(DelegateTask task) {
    return TaskActor.of(task);
  }

  static String required(DelegateTask task, String name, String message) {
    String value = RfpFormValues.text(task.getVariable(name));
    if (value == null || value.isBlank()) {
      throw new FormInputRefused(message);
    }
    return value;
  }
}

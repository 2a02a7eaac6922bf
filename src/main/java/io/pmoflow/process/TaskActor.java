package io.pmoflow.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who did a person's step, for the decision trails and histories of every process: the user
 * logged in to the command that completes the task (Tasklist, {@code /engine-rest}, {@code /api}),
 * else the task's assignee (the application completes a task as itself only after it made the
 * checked caller the assignee). Never a made-up name: with neither, the step fails.
 */
public final class TaskActor {

  private TaskActor() {}

  /** The person completing {@code task}. */
  public static String of(DelegateTask task) {
    String user = loggedIn(task.getProcessEngineServices());
    if (user != null) {
      return user;
    }
    if (task.getAssignee() != null && !task.getAssignee().isBlank()) {
      return task.getAssignee();
    }
    throw new IllegalStateException(
        "Nobody is logged in and the task \"" + task.getName() + "\" (" + task.getTaskDefinitionKey()
            + ") has no assignee: who completed it is unknown, so it is not recorded");
  }

  /** The user logged in to the current engine command, or {@code null} (a job, the application itself). */
  public static String loggedIn(ProcessEngineServices engine) {
    Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}

package io.pmoflow.specchange.process;

import io.pmoflow.i18n.Text;
import static io.pmoflow.specchange.SpecChangeVariables.CHANGE_REQUEST_ID;
import static io.pmoflow.specchange.SpecChangeVariables.COMMENT;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.specchange.SpecChangeVariables;
import io.pmoflow.specchange.TaskDecision;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the listeners of {@code spec-change-approval} read from a task and its execution. */
final class SpecChangeTasks {

  private SpecChangeTasks() {}

  /** The change request the instance is about. */
  static long requestId(VariableScope scope) {
    return ProcessIds.of(scope, CHANGE_REQUEST_ID);
  }

  /** Whether the listener is called because the task was created (else: completed). */
  static boolean created(DelegateTask task) {
    return TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
  }

  /** The person's step for the trail: the task's name, who completed it, their comment. */
  static TaskDecision decision(DelegateTask task) {
    return new TaskDecision(SpecChangeVariables.stepOf(task.getName()), TaskActor.of(task), text(task.getVariable(COMMENT)));
  }

  /** The person's answer to the task's question, one of the form's choices. */
  static String answer(DelegateTask task, String variable, String... choices) {
    String answer = text(task.getVariable(variable));
    if (!List.of(choices).contains(answer)) {
      throw new FormInputRefused(Text.of("specchange.refused.answer", variable, String.join(", ", choices), String.valueOf(answer)).inRequestLanguage());
    }
    return answer;
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}

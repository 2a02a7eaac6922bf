package io.pmoflow.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Where a task's form gets the case it shows read-only when the form is read, instead of a copy in
 * the task's variables: the case lives in the feature's tables, and a copy per task would cost rows
 * in three engine tables at every task (the variable, its history, its detail) for a text nobody
 * decides on. {@link FormInputGuard} adds these texts to every read of a task's variables (Tasklist,
 * {@code /engine-rest}, the Java API) where the task has no variable of that name, and holds a
 * read-only field sent back with a completion against them.
 */
public interface ShownTextSource {

  /**
   * The texts {@code task}'s form shows, each in English and with its Japanese companion
   * ({@link ShownTexts#put}); an empty map for a task this source knows nothing of.
   */
  Map<String, Object> texts(DelegateTask task);

  /** Whether {@code task} is a step of the process {@code processKey}. */
  static boolean isOf(DelegateTask task, String processKey) {
    return task.getExecution() instanceof ExecutionEntity execution
        && processKey.equals(execution.getProcessDefinition().getKey());
  }
}

package io.pmoflow.specchange.process;

import io.pmoflow.forms.ShownTextSource;
import io.pmoflow.process.ProcessIds;
import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.SpecChangeElements;
import io.pmoflow.specchange.SpecChangeVariables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The request in plain words that every form of {@code spec-change-approval} shows read-only above
 * its decision, read from the request when the form is read (the vendor's form: the request and
 * its diff only), with the values the triage's and the impact analysis's fields start from. It was a
 * task-local copy per task: 16 variables (English and Japanese), each with its history and detail row,
 * at every task of every request.
 */
@Component
class ChangeRequestShownTexts implements ShownTextSource {

  private final ChangeRequestProgress progress;

  ChangeRequestShownTexts(ChangeRequestProgress progress) {
    this.progress = progress;
  }

  @Override
  public Map<String, Object> texts(DelegateTask task) {
    if (!ShownTextSource.isOf(task, SpecChangeVariables.PROCESS_KEY)) {
      return Map.of();
    }
    Long id = ProcessIds.orNull(task, SpecChangeVariables.CHANGE_REQUEST_ID);
    if (id == null) {
      return Map.of();
    }
    Map<String, Object> texts =
        new HashMap<>(progress.brief(id, SpecChangeElements.TASK_VENDOR_ESTIMATE.equals(task.getTaskDefinitionKey())));
    // every form's comment starts empty; served, so a submitted one is written on its own task
    // (FormInputGuard) and the next task does not inherit it, without an input mapping that made each
    // task a scope with an execution row and a null variable of its own
    texts.put(SpecChangeVariables.COMMENT, null);
    // an instance started on an earlier version of the model holds some of these as variables (cost,
    // changeType, its comment mappings): its table and gateways read those, so they stay its own
    texts.keySet().removeIf(task::hasVariable);
    return texts;
  }
}

package io.pmoflow.specchange.process;

import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.TaskDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ContractAmendment (on complete): the prepared amendment goes into the trail. */
@Component
public class ContractAmendmentTaskListener extends ChangeRequestTaskListener {

  ContractAmendmentTaskListener(ChangeRequestProgress progress) {
    super(progress, null);
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    progress.record(id, decision, "contract amendment prepared");
  }
}

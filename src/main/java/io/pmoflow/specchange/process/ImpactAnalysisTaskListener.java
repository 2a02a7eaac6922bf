package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.*;
import static io.pmoflow.specchange.process.SpecChangeTasks.text;

import io.pmoflow.specchange.ChangeRequestAnalysis;
import io.pmoflow.specchange.ChangeRequestAnalysis.Impact;
import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.TaskDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ImpactAnalysis: the request is in analysis; the figures go into the request, where the routing reads them. */
@Component
public class ImpactAnalysisTaskListener extends ChangeRequestTaskListener {

  private final ChangeRequestAnalysis analysis;

  ImpactAnalysisTaskListener(ChangeRequestProgress progress, ChangeRequestAnalysis analysis) {
    super(progress, ChangeStatus.IN_ANALYSIS);
    this.analysis = analysis;
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    Impact impact =
        new Impact(
            task.getVariable(EFFORT_DAYS), task.getVariable(COST), task.getVariable(DELAY_DAYS),
            text(task.getVariable(RISK)), text(task.getVariable(DELIVERABLES)),
            Boolean.TRUE.equals(task.getVariable(CONTRACT_CHANGE)));
    // the contract gateway and the routing table read the figures from the request (ChangeRequestFacts)
    analysis.impactAssessed(id, decision, impact);
    if (task.hasVariable(CHANGES_CONTRACT_OR_PLAN)) {
      // an instance started on an earlier version of the model: its gateway reads the flag it started with
      task.setVariable(CHANGES_CONTRACT_OR_PLAN, progress.facts(id).changesContractOrPlan());
    }
  }
}

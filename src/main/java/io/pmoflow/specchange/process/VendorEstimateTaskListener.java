package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.VENDOR_COST;
import static io.pmoflow.specchange.SpecChangeVariables.VENDOR_EFFORT_DAYS;

import io.pmoflow.specchange.ChangeRequestAnalysis;
import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.TaskDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_VendorEstimate: the request is in analysis; the vendor's estimate goes into the request and the trail. */
@Component
public class VendorEstimateTaskListener extends ChangeRequestTaskListener {

  private final ChangeRequestAnalysis analysis;

  VendorEstimateTaskListener(ChangeRequestProgress progress, ChangeRequestAnalysis analysis) {
    super(progress, ChangeStatus.IN_ANALYSIS);
    this.analysis = analysis;
  }

  @Override
  void completed(DelegateTask task, long id, TaskDecision decision) {
    // the impact analysis runs in parallel: its form, read from the request, now shows the estimate
    analysis.vendorEstimated(id, decision, task.getVariable(VENDOR_EFFORT_DAYS), task.getVariable(VENDOR_COST));
  }
}

package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpTendering;
import io.pmoflow.rfp.RfpVariables;
import io.pmoflow.rfp.RfpFormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CancelRfp: cancels the RFP with the PM's reason and tells the vendors. */
@Component
class CancelRfpDelegate implements JavaDelegate {

  private final RfpTendering tendering;

  CancelRfpDelegate(RfpTendering tendering) {
    this.tendering = tendering;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tendering.cancel(
        ProcessIds.of(execution, RfpVariables.RFP_ID),
        RfpFormValues.text(execution.getVariable(RfpVariables.CANCEL_REASON)));
  }
}

package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpTendering;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseProposals: closes the proposal box; the gateway "Any proposals?" reads whether any came. */
@Component
class CloseProposalsDelegate implements JavaDelegate {

  private final RfpTendering tendering;

  CloseProposalsDelegate(RfpTendering tendering) {
    this.tendering = tendering;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        RfpVariables.PROPOSALS_RECEIVED, tendering.closeProposals(ProcessIds.of(execution, RfpVariables.RFP_ID)));
  }
}

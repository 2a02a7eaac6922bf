package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpTendering;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueToVendors: mails the invitation with the document to every invited vendor. */
@Component
class IssueToVendorsDelegate implements JavaDelegate {

  private final RfpTendering tendering;

  IssueToVendorsDelegate(RfpTendering tendering) {
    this.tendering = tendering;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tendering.issue(ProcessIds.of(execution, RfpVariables.RFP_ID));
  }
}

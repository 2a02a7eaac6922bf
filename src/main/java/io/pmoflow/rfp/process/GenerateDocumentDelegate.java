package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpDrafting;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GenerateDocument: renders the RFP as the next version of its document. */
@Component
class GenerateDocumentDelegate implements JavaDelegate {

  private final RfpDrafting drafting;

  GenerateDocumentDelegate(RfpDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    drafting.generateDocument(ProcessIds.of(execution, RfpVariables.RFP_ID));
  }
}

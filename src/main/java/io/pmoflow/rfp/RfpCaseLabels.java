package io.pmoflow.rfp;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The model's task names read {@code ${caseLabel}}. RFPs started before the variable existed would
 * fail to create their next task, so at start-up every running RFP without it gets it from its row.
 */
@Component
class RfpCaseLabels {

  private static final Logger LOG = LoggerFactory.getLogger(RfpCaseLabels.class);

  private final RuntimeService runtime;
  private final RfpRepository rfps;

  RfpCaseLabels(RuntimeService runtime, RfpRepository rfps) {
    this.runtime = runtime;
    this.rfps = rfps;
  }

  @EventListener(ApplicationReadyEvent.class)
  void labelRunningRfps() {
    int labelled = 0;
    for (ProcessInstance instance :
        runtime.createProcessInstanceQuery().processDefinitionKey(RfpVariables.PROCESS_KEY).list()) {
      if (runtime.getVariable(instance.getId(), RfpVariables.CASE_LABEL) != null) {
        continue;
      }
      Object rfpId = runtime.getVariable(instance.getId(), RfpVariables.RFP_ID);
      if (rfpId instanceof Number id) {
        var rfp = rfps.findById(id.longValue());
        if (rfp.isPresent()) {
          runtime.setVariable(instance.getId(), RfpVariables.CASE_LABEL, rfp.get().caseLabel());
          labelled++;
        }
      }
    }
    if (labelled > 0) {
      LOG.info("Gave {} running RFP(s) the variable {} that their task names show", labelled, RfpVariables.CASE_LABEL);
    }
  }
}

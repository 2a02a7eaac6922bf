package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpAward;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyBidders: tells every bidder the outcome. */
@Component
class NotifyBiddersDelegate implements JavaDelegate {

  private final RfpAward award;

  NotifyBiddersDelegate(RfpAward award) {
    this.award = award;
  }

  @Override
  public void execute(DelegateExecution execution) {
    award.notifyBidders(ProcessIds.of(execution, RfpVariables.RFP_ID));
  }
}

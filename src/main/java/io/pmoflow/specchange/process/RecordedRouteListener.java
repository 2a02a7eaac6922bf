package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;
import static io.pmoflow.specchange.SpecChangeVariables.NEEDS_BOARD;
import static io.pmoflow.specchange.SpecChangeVariables.NEEDS_PM;
import static io.pmoflow.specchange.SpecChangeVariables.NEEDS_SPONSOR;

import io.pmoflow.specchange.ChangeRequestApprovals;
import io.pmoflow.specchange.ChangeRequestApprovals.Route;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Gateway_PmNeeded, Gateway_BoardNeeded, Gateway_SponsorNeeded (on start): the approvals needed,
 * read again from the request right before the gateway asks, so that a flag an approver sent
 * with their decision cannot skip the next approval. One listener for the three gateways that
 * ask the same question of the same record. */
@Component
public class RecordedRouteListener implements ExecutionListener {

  private final ChangeRequestApprovals approvals;

  RecordedRouteListener(ChangeRequestApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Route route = approvals.route(requestId(execution));
    execution.setVariable(NEEDS_PM, route.pm());
    execution.setVariable(NEEDS_BOARD, route.board());
    execution.setVariable(NEEDS_SPONSOR, route.sponsor());
  }
}

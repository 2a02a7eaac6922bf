package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;
import static io.pmoflow.specchange.SpecChangeVariables.*;

import io.pmoflow.specchange.ChangeRequestApprovals;
import io.pmoflow.specchange.ChangeRequestApprovals.Route;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordRoute: the routing table's matches become the approvals needed, recorded on the request (and shown in Cockpit). */
@Component
public class RecordRouteDelegate implements JavaDelegate {

  private final ChangeRequestApprovals approvals;

  RecordRouteDelegate(ChangeRequestApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Route route = approvals.recordRoute(requestId(execution), (List<Map<String, Object>>) execution.getVariable(ROUTES));
    // the table's raw result is in the trail now; as a variable it would only be a serialized engine class
    execution.removeVariable(ROUTES);
    // copies for Cockpit: the approval gateways re-read the route from the request (RecordedRouteListener)
    execution.setVariable(NEEDS_PM, route.pm());
    execution.setVariable(NEEDS_BOARD, route.board());
    execution.setVariable(NEEDS_SPONSOR, route.sponsor());
  }
}

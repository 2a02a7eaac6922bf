package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.*;

import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Turns the routing table's matches into the approvals needed, records them, names the board. */
@Component
public class RecordRoutingDelegate implements JavaDelegate {

  private final ChangeRequestSteps steps;
  private final People people;
  private final SpecChangeSettings settings;

  RecordRoutingDelegate(ChangeRequestSteps steps, People people, SpecChangeSettings settings) {
    this.steps = steps;
    this.people = people;
    this.settings = settings;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CHANGE_REQUEST_ID)).longValue();
    List<Map<String, Object>> matches = (List<Map<String, Object>>) execution.getVariable(ROUTES);
    ChangeRequestSteps.Route route = ChangeRequestSteps.Route.from(matches == null ? List.of() : matches);
    steps.recordRoute(id, route);
    // the table's raw result is in the trail now; as a variable it would only be a serialized engine class
    execution.removeVariable(ROUTES);
    // the gateways read the route from the request (SpecChangeRoutes); these copies are for Cockpit
    execution.setVariable(NEEDS_PM, route.pm());
    execution.setVariable(NEEDS_BOARD, route.board());
    execution.setVariable(NEEDS_SPONSOR, route.sponsor());
    if (route.board()) {
      List<String> members = new ArrayList<>(people.membersOf(PmoGroups.CHANGE_BOARD).stream().map(User::getId).toList());
      if (members.isEmpty()) {
        throw new IllegalStateException("The change board (group change-board) has no members");
      }
      // the ballots, not a variable, say who votes and how many must approve
      steps.openBoardVote(id, members, settings.boardMajority());
    }
  }
}

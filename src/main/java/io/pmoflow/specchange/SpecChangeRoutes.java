package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.CHANGE_REQUEST_ID;

import io.pmoflow.project.ProjectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the approval gateways of {@code spec-change-approval} ask: which approvals the routing
 * table required, as recorded on the change request. Not the variables {@code needsPm},
 * {@code needsBoard}, {@code needsSponsor}: an approver could send those with their decision.
 * Likewise the PM approvals go to the project's PM, not to the variable {@code projectManager}.
 */
@Component
public class SpecChangeRoutes {

  private final ChangeRequestSteps steps;
  private final ProjectService projects;

  SpecChangeRoutes(ChangeRequestSteps steps, ProjectService projects) {
    this.steps = steps;
    this.projects = projects;
  }

  /** The project manager of the request's project, as the project table has it when the task is made. */
  public String projectManager(DelegateExecution execution) {
    return projects.find(steps.find(id(execution)).getProjectId()).getProjectManager();
  }

  public boolean needsPm(DelegateExecution execution) {
    return steps.route(id(execution)).pm();
  }

  public boolean needsBoard(DelegateExecution execution) {
    return steps.route(id(execution)).board();
  }

  public boolean needsSponsor(DelegateExecution execution) {
    return steps.route(id(execution)).sponsor();
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(CHANGE_REQUEST_ID)).longValue();
  }
}

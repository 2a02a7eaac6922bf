package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;

import io.pmoflow.specchange.ChangeRequestApprovals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The assignee of Task_PmApproval and Task_PmEmergencyApproval
 * ({@code ${projectManagerAssignee.of(execution)}}): the project manager of the request's project
 * as the project table has it when the task is made (no variable holds it). */
@Component
public class ProjectManagerAssignee {

  private final ChangeRequestApprovals approvals;

  ProjectManagerAssignee(ChangeRequestApprovals approvals) {
    this.approvals = approvals;
  }

  public String of(DelegateExecution execution) {
    return approvals.projectManager(requestId(execution));
  }
}

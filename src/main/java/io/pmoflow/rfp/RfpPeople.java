package io.pmoflow.rfp;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works on an RFP, read from the application's tables each time a task is made, never from
 * a process variable a person could have sent: the project's PM (reviews, decides, awards) and
 * the evaluators named in the saved draft (one score sheet each).
 */
@Component
public class RfpPeople {

  private final RfpSteps steps;

  RfpPeople(RfpSteps steps) {
    this.steps = steps;
  }

  /** The project manager of the RFP's project, as the project table has it now. */
  public String projectManager(DelegateExecution execution) {
    Rfp rfp = steps.rfp(RfpTasks.rfpId(execution));
    return steps.project(rfp.getProjectId()).getProjectManager();
  }

  /** The evaluators of the saved draft, one score task each. */
  public List<String> evaluators(DelegateExecution execution) {
    List<String> evaluators = new ArrayList<>(steps.rfp(RfpTasks.rfpId(execution)).getEvaluators());
    if (evaluators.isEmpty()) {
      throw new IllegalStateException("RFP " + RfpTasks.rfpId(execution) + " names no evaluators");
    }
    return evaluators;
  }
}

package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.rfp.RfpDrafting;
import io.pmoflow.rfp.RfpVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works on an RFP, as the model's assignee and collection expressions ask it
 * ({@code ${rfpPeople.projectManager(execution)}}, {@code ${rfpPeople.evaluators(execution)}}):
 * read from the application's tables each time a task is made, never from a process variable a
 * person could have sent. Public: the expression language reaches only public classes.
 */
@Component
public class RfpPeople {

  private final RfpDrafting drafting;

  RfpPeople(RfpDrafting drafting) {
    this.drafting = drafting;
  }

  /** The project manager of the RFP's project, as the project table has it now. */
  public String projectManager(DelegateExecution execution) {
    return drafting.projectManager(ProcessIds.of(execution, RfpVariables.RFP_ID));
  }

  /** The evaluators of the saved draft, one score task each. */
  public List<String> evaluators(DelegateExecution execution) {
    return drafting.evaluators(ProcessIds.of(execution, RfpVariables.RFP_ID));
  }
}

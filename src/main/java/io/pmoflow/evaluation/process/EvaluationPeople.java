package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EvaluationVariables.EVALUATION_ID;
import static io.pmoflow.evaluation.EvaluationVariables.SHEET_ID;

import io.pmoflow.evaluation.EvaluationApprovals;
import io.pmoflow.evaluation.EvaluationExpiry;
import io.pmoflow.evaluation.EvaluationScoring;
import io.pmoflow.process.ProcessIds;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who acts and when, read from the evaluation's tables each time the model asks
 * ({@code ${evaluationPeople.projectManager(execution)}} and the like), never from a variable a
 * person could send with a task: the project's PM, the sheet's tester, the environments' dates.
 */
@Component
public class EvaluationPeople {

  private final EvaluationApprovals approvals;
  private final EvaluationScoring scoring;
  private final EvaluationExpiry expiry;

  public EvaluationPeople(EvaluationApprovals approvals, EvaluationScoring scoring, EvaluationExpiry expiry) {
    this.approvals = approvals;
    this.scoring = scoring;
    this.expiry = expiry;
  }

  public String projectManager(DelegateExecution execution) {
    return approvals.projectManager(ProcessIds.of(execution, EVALUATION_ID));
  }

  public String tester(DelegateExecution execution) {
    return scoring.tester(ProcessIds.of(execution, SHEET_ID));
  }

  public Date reminderAt(DelegateExecution execution) {
    return expiry.reminderAt(ProcessIds.of(execution, EVALUATION_ID));
  }

  public Date endAt(DelegateExecution execution) {
    return expiry.endAt(ProcessIds.of(execution, EVALUATION_ID));
  }
}

package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.rfp.RfpFormValues;
import io.pmoflow.rfp.RfpReviews;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_PmReview: shows the RFP's title and document version; on completion records approval or
 * the requested changes, and tells the gateway "PM approves?" which.
 */
@Component
class PmReviewTaskListener implements TaskListener {

  private final RfpReviews reviews;

  PmReviewTaskListener(RfpReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = ProcessIds.of(task, RfpVariables.RFP_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(reviews.reviewForm(rfpId));
      return;
    }
    boolean approved = reviews.pmReviewed(
        rfpId,
        RfpFormValues.text(task.getVariable("decision")),
        RfpFormValues.text(task.getVariable("comments")),
        TaskActor.of(task));
    task.getExecution().setVariable(RfpVariables.PM_APPROVED, approved);
    task.getExecution().setVariable(RfpVariables.REVIEWS_REJECTED, false);
  }
}

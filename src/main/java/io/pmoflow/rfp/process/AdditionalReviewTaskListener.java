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
 * Task_AdditionalReview (one per reviewing group): shows the RFP; on completion records the
 * review. Any rejection marks the case, so the gateway "All reviews approve?" sends the RFP back
 * to drafting once all reviews are in.
 */
@Component
class AdditionalReviewTaskListener implements TaskListener {

  private final RfpReviews reviews;

  AdditionalReviewTaskListener(RfpReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = ProcessIds.of(task, RfpVariables.RFP_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(reviews.reviewForm(rfpId));
      return;
    }
    boolean approved = reviews.additionalReview(
        rfpId,
        RfpFormValues.text(task.getVariable(RfpVariables.REVIEW_GROUP)),
        RfpFormValues.text(task.getVariable("decision")),
        RfpFormValues.text(task.getVariable("comments")),
        TaskActor.of(task));
    if (!approved) {
      task.getExecution().getProcessInstance().setVariable(RfpVariables.REVIEWS_REJECTED, true);
    }
  }
}

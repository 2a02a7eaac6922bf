package io.pmoflow.rfp.process;

import io.pmoflow.rfp.RfpFormValues;
import io.pmoflow.rfp.RfpReviews;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_AdditionalReview (one per reviewing group): shows the RFP; on completion records the
 * review. Any rejection marks the case, so the gateway "All reviews approve?" sends the RFP back
 * to drafting once all reviews are in.
 */
@Component
class AdditionalReviewTaskListener extends RfpReviewTaskListener {

  AdditionalReviewTaskListener(RfpReviews reviews) {
    super(reviews);
  }

  @Override
  void completed(DelegateTask task, long rfpId, String decision, String comments, String reviewer) {
    boolean approved = reviews.additionalReview(
        rfpId, RfpFormValues.text(task.getVariable(RfpVariables.REVIEW_GROUP)), decision, comments, reviewer);
    if (!approved) {
      task.getExecution().getProcessInstance().setVariable(RfpVariables.REVIEWS_REJECTED, true);
    }
  }
}

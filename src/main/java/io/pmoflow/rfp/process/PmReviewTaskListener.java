package io.pmoflow.rfp.process;

import io.pmoflow.rfp.RfpReviews;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_PmReview: shows the RFP's title and document version; on completion records approval or
 * the requested changes, and tells the gateway "PM approves?" which.
 */
@Component
class PmReviewTaskListener extends RfpReviewTaskListener {

  PmReviewTaskListener(RfpReviews reviews) {
    super(reviews);
  }

  @Override
  void completed(DelegateTask task, long rfpId, String decision, String comments, String reviewer) {
    boolean approved = reviews.pmReviewed(rfpId, decision, comments, reviewer);
    task.getExecution().setVariable(RfpVariables.PM_APPROVED, approved);
    task.getExecution().setVariable(RfpVariables.REVIEWS_REJECTED, false);
  }
}

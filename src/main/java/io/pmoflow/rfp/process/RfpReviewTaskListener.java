package io.pmoflow.rfp.process;

import io.pmoflow.process.ProcessIds;
import io.pmoflow.process.TaskActor;
import io.pmoflow.rfp.RfpFormValues;
import io.pmoflow.rfp.RfpReviews;
import io.pmoflow.rfp.RfpVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What every review of the RFP shares: on create the form shows the RFP (title, scope,
 * requirements, criteria, vendors, the document's link); on completion the reviewer's decision and
 * comments, with who reviewed, go to {@link #completed}.
 */
abstract class RfpReviewTaskListener implements TaskListener {

  protected final RfpReviews reviews;

  RfpReviewTaskListener(RfpReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = ProcessIds.of(task, RfpVariables.RFP_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariablesLocal(reviews.reviewForm(rfpId));
      return;
    }
    completed(
        task,
        rfpId,
        RfpFormValues.text(task.getVariable("decision")),
        RfpFormValues.text(task.getVariable("comments")),
        TaskActor.of(task));
  }

  abstract void completed(DelegateTask task, long rfpId, String decision, String comments, String reviewer);
}

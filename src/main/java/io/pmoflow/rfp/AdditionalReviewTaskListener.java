package io.pmoflow.rfp;

import io.pmoflow.forms.FormInputRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * One additional review (sponsor/procurement, security, ...). A rejection needs reasons; any
 * rejection sends the RFP back to drafting once all reviews are in.
 */
@Component
class AdditionalReviewTaskListener implements TaskListener {

  private final RfpSteps steps;
  private final RfpReviewFormData formData;

  AdditionalReviewTaskListener(RfpSteps steps, RfpReviewFormData formData) {
    this.steps = steps;
    this.formData = formData;
  }

  @Override
  public void notify(DelegateTask task) {
    long rfpId = RfpTasks.rfpId(task);
    if (RfpTasks.creating(task)) {
      formData.show(task, rfpId);
      return;
    }
    boolean approved = "approve".equals(RfpTasks.required(task, "decision", "Approve or reject the RFP"));
    String comments = RfpFormValues.text(task.getVariable("comments"));
    if (!approved && (comments == null || comments.isBlank())) {
      throw new FormInputRefused("Give the reasons for the rejection: the PMO sees them on the draft");
    }
    String group = RfpFormValues.text(task.getVariable(RfpVariables.REVIEW_GROUP));
    steps.additionalReview(rfpId, group, approved, comments, RfpTasks.actor(task));
    if (!approved) {
      task.getExecution().getProcessInstance().setVariable(RfpVariables.REVIEWS_REJECTED, true);
    }
  }
}

package io.pmoflow.rfp;

import io.pmoflow.forms.FormInputRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The PM's review: shows the RFP's title and document version; on completion records approval,
 * or the requested changes (comments required), which the PMO then sees on the drafting form.
 */
@Component
class PmReviewTaskListener implements TaskListener {

  private final RfpSteps steps;
  private final RfpReviewFormData formData;

  PmReviewTaskListener(RfpSteps steps, RfpReviewFormData formData) {
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
    boolean approved = "approve".equals(RfpTasks.required(task, "decision", "Approve the RFP or request changes"));
    String comments = RfpFormValues.text(task.getVariable("comments"));
    if (!approved && (comments == null || comments.isBlank())) {
      throw new FormInputRefused("Say which changes you need: the PMO sees your comments on the draft");
    }
    steps.pmReviewed(rfpId, approved, comments, RfpTasks.actor(task));
    task.getExecution().setVariable(RfpVariables.PM_APPROVED, approved);
    task.getExecution().setVariable(RfpVariables.REVIEWS_REJECTED, false);
  }
}

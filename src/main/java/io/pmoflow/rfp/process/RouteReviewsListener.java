package io.pmoflow.rfp.process;

import io.pmoflow.rfp.RfpVariables;
import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task_RouteReviews (the decision rfp-review-routing): tells the gateway "Additional reviews
 * needed?" whether the decision named any reviewing group. The rules themselves stay in the DMN.
 */
@Component
class RouteReviewsListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Collection<?> groups = (Collection<?>) execution.getVariable(RfpVariables.ADDITIONAL_REVIEW_GROUPS);
    execution.setVariable(RfpVariables.ADDITIONAL_REVIEWS_NEEDED, groups != null && !groups.isEmpty());
  }
}

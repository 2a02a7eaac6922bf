package io.pmoflow.rfp.process;

import io.pmoflow.rfp.RfpVariables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task_RouteReviews (the decision rfp-review-routing): tells the gateway "Additional reviews
 * needed?" whether the decision named any reviewing group. The rules themselves stay in the DMN.
 *
 * <p>The groups are stored back as a plain list: for no group the engine's result mapper gives
 * {@code Collections.emptyList()}, which the JSON serializer stores under a type it cannot read
 * back, so every read of the task's variables ({@code GET /engine-rest/task/{id}/variables}) would
 * answer 500.
 */
@Component
class RouteReviewsListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Collection<?> named = (Collection<?>) execution.getVariable(RfpVariables.ADDITIONAL_REVIEW_GROUPS);
    List<Object> groups = named == null ? new ArrayList<>() : new ArrayList<>(named);
    execution.setVariable(RfpVariables.ADDITIONAL_REVIEW_GROUPS, groups);
    execution.setVariable(RfpVariables.ADDITIONAL_REVIEWS_NEEDED, !groups.isEmpty());
  }
}

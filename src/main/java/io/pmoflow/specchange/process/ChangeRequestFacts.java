package io.pmoflow.specchange.process;

import io.pmoflow.specchange.ChangeRequestProgress;
import org.springframework.stereotype.Component;

/**
 * What the model reads from the request ({@code ${changeRequestFacts.cost(changeRequestId)}}): the
 * routing table's inputs (type and impact figures), mapped onto {@code Task_RouteChange} only, and the
 * requester who answers the PMO's questions. Read when the model
 * needs them, they are no variables of the instance: nobody completing a task can send one that
 * changes a route or a person, and a start writes none of them.
 */
@Component
public class ChangeRequestFacts {

  private final ChangeRequestProgress progress;

  ChangeRequestFacts(ChangeRequestProgress progress) {
    this.progress = progress;
  }

  /** Task_AnswerQuestion's assignee. */
  public String requester(long changeRequestId) {
    return progress.requester(changeRequestId);
  }

  public String changeType(long changeRequestId) {
    return progress.facts(changeRequestId).changeType();
  }

  public double cost(long changeRequestId) {
    return progress.facts(changeRequestId).cost();
  }

  public double delayDays(long changeRequestId) {
    return progress.facts(changeRequestId).delayDays();
  }

  public boolean contractChange(long changeRequestId) {
    return progress.facts(changeRequestId).contractChange();
  }

}

package io.pmoflow.specchange.process;

import io.pmoflow.specchange.ChangeRequestProgress;
import org.springframework.stereotype.Component;

/**
 * The request's type and impact figures for the model ({@code ${changeRequestFacts.cost(changeRequestId)}}):
 * the routing table's inputs, mapped onto {@code Task_RouteChange} only, and the contract gateway's
 * condition. Read from the request when the model needs them, they are no variables of the instance:
 * nobody completing a task can send one that changes a route, and a start writes none of them.
 */
@Component
public class ChangeRequestFacts {

  private final ChangeRequestProgress progress;

  ChangeRequestFacts(ChangeRequestProgress progress) {
    this.progress = progress;
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

  /** Gateway_ContractChanged: the contract changes, or the change costs money or delays delivery. */
  public boolean changesContractOrPlan(long changeRequestId) {
    return progress.facts(changeRequestId).changesContractOrPlan();
  }
}

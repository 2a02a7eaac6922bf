package io.pmoflow.specchange;

/**
 * What the routing table ({@code spec-change-routing}) and the contract gateway decide on, as the
 * request holds it: its type (as the triage classified it) and the impact analysis's figures, zero
 * and "no contract change" before an analysis (a standard or emergency change has none).
 */
public record RoutingFacts(String changeType, double cost, double delayDays, boolean contractChange) {

  static RoutingFacts of(ChangeRequest request) {
    return new RoutingFacts(
        request.getType().processValue(),
        request.getCost() == null ? 0.0 : request.getCost().doubleValue(),
        request.getDelayDays() == null ? 0.0 : request.getDelayDays().doubleValue(),
        request.isContractChange());
  }

  /** Whether the contract must be amended: it changes, or the change costs money or delays delivery. */
  public boolean changesContractOrPlan() {
    return contractChange || cost > 0 || delayDays > 0;
  }
}

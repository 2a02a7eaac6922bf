package io.pmoflow.rfp;

import io.pmoflow.support.DecisionEngines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of processes/rfp-review-routing.dmn, one per row. */
class RfpReviewRoutingDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DecisionEngines.application();
    try (InputStream in = RfpReviewRoutingDecisionTest.class.getResourceAsStream("/processes/rfp-review-routing.dmn")) {
      decision = engine.parseDecision("rfp-review-routing", in);
    }
  }

  List<Object> reviews(double budget, boolean personalData, boolean productionAccess) {
    return engine
        .evaluateDecisionTable(
            decision,
            Variables.createVariables()
                .putValue("budget", budget)
                .putValue("personalData", personalData)
                .putValue("productionAccess", productionAccess))
        .collectEntries("reviewGroup");
  }

  @Test
  void aSmallRfpWithoutSensitiveScopeNeedsNoAdditionalReview() {
    assertThat(reviews(100_000, false, false)).isEmpty();
  }

  @Test
  void aBudgetAboveTheThresholdNeedsTheSponsorsProcurementReview() {
    assertThat(reviews(100_000.01, false, false)).containsExactly("sponsor");
  }

  @Test
  void personalDataNeedsTheSecurityReview() {
    assertThat(reviews(10, true, false)).containsExactly("security");
  }

  @Test
  void productionAccessNeedsTheSecurityReview() {
    assertThat(reviews(10, false, true)).containsExactly("security");
  }

  @Test
  void bothSensitiveScopesNeedOneSecurityReviewAndABigBudgetAddsTheSponsor() {
    assertThat(reviews(500_000, true, true)).containsExactlyInAnyOrder("sponsor", "security");
  }
}

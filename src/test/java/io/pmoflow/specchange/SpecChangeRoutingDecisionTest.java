package io.pmoflow.specchange;

import io.pmoflow.support.DecisionEngines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routing table {@code spec-change-routing}: who approves which change. */
class SpecChangeRoutingDecisionTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DecisionEngines.application();
    try (InputStream in = SpecChangeRoutingDecisionTest.class.getClassLoader()
        .getResourceAsStream("processes/spec-change-routing.dmn")) {
      decision = engine.parseDecision("spec-change-routing", in);
    }
  }

  @ParameterizedTest(name = "{0}, cost {1}, delay {2}, contract {3} -> {4}")
  @CsvSource({
    "standard, 0,      0,  false, auto",
    "standard, 90000,  30, true,  auto",
    "normal,   0,      0,  false, pm",
    "normal,   5000,   0,  false, pm",
    "normal,   5000.5, 0,  false, board",
    "normal,   1000,   1,  false, board",
    "normal,   0,      0,  true,  board sponsor",
    "normal,   50000,  0,  false, board",
    "normal,   50001,  0,  false, board sponsor",
    "normal,   100,    20, false, board",
    "normal,   100,    21, false, board sponsor",
    "normal,   80000,  30, true,  board sponsor"
  })
  void routesByTheThresholdsInTheTable(
      String type, double cost, double delay, boolean contract, String expected) {
    DmnDecisionResult result = evaluate(type, cost, delay, contract);
    List<String> approvers = result.collectEntries("approver");
    assertThat(approvers.stream().distinct().sorted().toList())
        .containsExactlyElementsOf(Arrays.stream(expected.split(" ")).sorted().toList());
    assertThat(result.<String>collectEntries("rule")).allSatisfy(rule -> assertThat(rule).matches("R\\d .+"));
  }

  @Test
  void tasklistNumbersOfAnyTypeAreAccepted() {
    DmnDecisionResult result =
        engine.evaluateDecision(
            decision,
            Variables.createVariables()
                .putValue("changeType", "normal")
                .putValue("cost", 7000L)
                .putValue("delayDays", 0)
                .putValue("contractChange", false));
    assertThat(result.<String>collectEntries("approver")).containsExactly("board");
  }

  @Test
  void theProcessReducesTheMatchesToTheApprovers() {
    ChangeRequestApprovals.Route route =
        ChangeRequestApprovals.Route.from(evaluate("normal", 60000, 25, true).getResultList());
    assertThat(route.pm()).isFalse();
    assertThat(route.board()).isTrue();
    assertThat(route.sponsor()).isTrue();
    assertThat(route.rules()).hasSize(6);

    ChangeRequestApprovals.Route auto = ChangeRequestApprovals.Route.from(evaluate("standard", 0, 0, false).getResultList());
    assertThat(auto.automatic()).isTrue();
    assertThat(auto.rules()).containsExactly("R1 standard change from the catalogue: approved by rule");
  }

  @Test
  void noMatchIsAnError() {
    assertThatThrownBy(() -> ChangeRequestApprovals.Route.from(List.<Map<String, Object>>of()))
        .isInstanceOf(IllegalStateException.class);
  }

  private static DmnDecisionResult evaluate(String type, double cost, double delay, boolean contract) {
    return engine.evaluateDecision(
        decision,
        Variables.createVariables()
            .putValue("changeType", type)
            .putValue("cost", cost)
            .putValue("delayDays", delay)
            .putValue("contractChange", contract));
  }
}

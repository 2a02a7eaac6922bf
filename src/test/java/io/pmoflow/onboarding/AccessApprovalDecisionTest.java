package io.pmoflow.onboarding;

import io.pmoflow.support.DecisionEngines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PMO's delegated authority as the access-approval table encodes it. */
class AccessApprovalDecisionTest {

  static final DmnEngine DMN = DecisionEngines.application();
  static final DmnDecision DECISION = load();

  @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
  @CsvSource({
    "LOW, READ, EMPLOYEE, AUTO",
    "LOW, WRITE, SUBCONTRACTOR, AUTO",
    "LOW, ADMIN, EMPLOYEE, SECURITY",
    "MEDIUM, READ, EMPLOYEE, AUTO",
    "MEDIUM, WRITE, EMPLOYEE, AUTO",
    "MEDIUM, WRITE, SUBCONTRACTOR, SECURITY",
    "MEDIUM, ADMIN, EMPLOYEE, SECURITY",
    "HIGH, READ, EMPLOYEE, SECURITY",
    "HIGH, WRITE, SUBCONTRACTOR, SECURITY",
    "HIGH, ADMIN, EMPLOYEE, SECURITY_AND_PM",
    "CRITICAL, READ, EMPLOYEE, SECURITY_AND_PM",
    "CRITICAL, ADMIN, SUBCONTRACTOR, SECURITY_AND_PM"
  })
  void routesEachCombination(String sensitivity, String level, String memberType, String route) {
    DmnDecisionResultEntries result =
        DMN.evaluateDecision(
                DECISION,
                Variables.createVariables()
                    .putValue("sensitivity", sensitivity)
                    .putValue("accessLevel", level)
                    .putValue("memberType", memberType))
            .getSingleResult();
    assertThat((String) result.getEntry("route")).isEqualTo(route);
    assertThat((String) result.getEntry("rule")).isNotBlank();
    if (route.equals("AUTO")) {
      assertThat((String) result.getEntry("rule")).startsWith("PMO authority");
    }
  }

  private static DmnDecision load() {
    try (InputStream in =
        AccessApprovalDecisionTest.class.getClassLoader().getResourceAsStream("processes/access-approval.dmn")) {
      return DMN.parseDecision("access-approval", in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

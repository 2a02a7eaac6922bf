package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests routed when they are made, by the access-approval table as the engine has it deployed. */
@Deployment(resources = "processes/access-approval.dmn")
class AccessRoutingTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestEngine.forFixtures();

  @Test
  void routesByTheDeployedTableAndKeepsWhatItReadWithoutADecisionInstance() {
    ProcessEngine engine = extension.getProcessEngine();
    AccessRouting.Table table = new AccessRouting(engine).table();

    AccessRoute low = table.route(Sensitivity.LOW, AccessLevel.WRITE, MemberType.SUBCONTRACTOR);
    assertThat(low.route()).isEqualTo("AUTO");
    assertThat(low.rule()).startsWith("PMO authority (rule LOW)");
    assertThat(low.inputs()).isEqualTo("System sensitivity: LOW; Role's access level: WRITE; Member type: SUBCONTRACTOR");
    assertThat(low.table()).isEqualTo("access-approval version 1");

    AccessRoute critical = table.route(Sensitivity.CRITICAL, AccessLevel.READ, MemberType.EMPLOYEE);
    assertThat(critical.route()).isEqualTo("SECURITY_AND_PM");
    assertThat(critical.rule()).isEqualTo("Critical system: security and the PM approve");

    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count())
        .as("the grant keeps the record, not the engine's decision history").isZero();
  }

  @Test
  void aNewVersionOfTheTableRoutesTheNextRequest() {
    ProcessEngine engine = extension.getProcessEngine();
    AccessRouting routing = new AccessRouting(engine);
    assertThat(routing.table().route(Sensitivity.LOW, AccessLevel.READ, MemberType.EMPLOYEE).route()).isEqualTo("AUTO");
    String stricter = new String(readTable()).replace("<text>\"AUTO\"</text>", "<text>\"SECURITY\"</text>");
    String deployment = engine.getRepositoryService().createDeployment()
        .addString("access-approval.dmn", stricter).deploy().getId();
    try {
      AccessRoute route = routing.table().route(Sensitivity.LOW, AccessLevel.READ, MemberType.EMPLOYEE);
      assertThat(route.route()).isEqualTo("SECURITY");
      assertThat(route.table()).isEqualTo("access-approval version 2");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  private static byte[] readTable() {
    try (var in = AccessRoutingTest.class.getClassLoader().getResourceAsStream("processes/access-approval.dmn")) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

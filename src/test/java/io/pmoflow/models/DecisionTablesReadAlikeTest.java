package io.pmoflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.DecisionEngines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The application evaluates the decision tables with Camunda's Java FEEL (much faster than the
 * Scala FEEL engine, see docs/benchmarks.md); business people write them in the Modeler, which
 * speaks standard FEEL. Every table must decide the same under both, for every combination of its
 * inputs around each rule's boundaries (numbers given as the forms send them: Integer, Long, Double).
 */
class DecisionTablesReadAlikeTest {

  static final DmnEngine APPLICATION = DecisionEngines.application();
  static final DmnEngine STANDARD = DecisionEngines.standardFeel();

  record Table(String id, List<String> inputs, Object[][] values) {
    @Override
    public String toString() {
      return id;
    }
  }

  static List<Table> tables() {
    return List.of(
        new Table("access-approval", List.of("sensitivity", "accessLevel", "memberType"), new Object[][] {
            {"LOW", "MEDIUM", "HIGH", "CRITICAL"}, {"READ", "WRITE", "ADMIN"}, {"EMPLOYEE", "SUBCONTRACTOR"}}),
        new Table("spec-change-routing", List.of("changeType", "cost", "delayDays", "contractChange"), new Object[][] {
            {"normal", "standard", "emergency"}, {0.0, 0, 4999.5, 5000, 5000.5, 5001L, 50000.0, 50001},
            {0.0, 0, 0.5, 1, 20.0, 21, 21L}, {true, false}}),
        new Table("rfp-review-routing", List.of("budget", "personalData", "productionAccess"), new Object[][] {
            {0.0, 100000, 100000.0, 100000.5, 100001L, 200000.0}, {true, false}, {true, false}}),
        new Table("environment-approval", List.of("personalData", "productionCopy", "days", "rows", "trialCost"),
            new Object[][] {{true, false}, {true, false}, {1, 30, 31, 31L, 90}, {1L, 1000000L, 1000000, 1000001L},
                {0.0, 500000, 500000.0, 500001, 500001.5}}));
  }

  @ParameterizedTest
  @MethodSource("tables")
  void decidesAlikeUnderJavaAndStandardFeel(Table table) throws IOException {
    DmnDecision application = parse(APPLICATION, table.id());
    DmnDecision standard = parse(STANDARD, table.id());
    List<Map<String, Object>> combinations = combinations(table);
    for (Map<String, Object> inputs : combinations) {
      assertThat(APPLICATION.evaluateDecisionTable(application, Variables.fromMap(inputs)).getResultList())
          .as("%s with %s", table.id(), inputs)
          .isEqualTo(STANDARD.evaluateDecisionTable(standard, Variables.fromMap(inputs)).getResultList());
    }
    assertThat(combinations).hasSizeGreaterThan(10);
  }

  private static DmnDecision parse(DmnEngine engine, String id) throws IOException {
    try (InputStream model = Files.newInputStream(Path.of("processes", id + ".dmn"))) {
      return engine.parseDecision(id, model);
    }
  }

  private static List<Map<String, Object>> combinations(Table table) {
    List<Map<String, Object>> all = new ArrayList<>(List.of(Map.of()));
    for (int i = 0; i < table.inputs().size(); i++) {
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : all) {
        for (Object value : table.values()[i]) {
          Map<String, Object> more = new HashMap<>(partial);
          more.put(table.inputs().get(i), value);
          next.add(more);
        }
      }
      all = next;
    }
    return all;
  }
}

package io.pmoflow.benchmark;

import io.pmoflow.evaluation.environment.EvaluationEnvironments;
import io.pmoflow.evaluation.environment.EvaluationEnvironments.EnvironmentRequest;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Provisioning time per evaluation environment on the embedded PostgreSQL and LDAP of the tests:
 * database, role, the 240-row data set masked and loaded, directory group of two testers, password
 * and one-time links queued; then the removal. The first provision includes starting the server when
 * no earlier test in the same JVM started it (the log line "Evaluation database server started" times it).
 * Writes {@code target/benchmarks/environments.md}; the numbers go into docs/benchmarks.md by hand.
 *
 * <p>Not part of {@code mvn verify}. Run it with {@code mvn verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=EnvironmentProvisioningBenchmark}.
 */
@PostgresIntegrationTest
class EnvironmentProvisioningBenchmark {

  static final int RUNS = 20;

  @Autowired EvaluationEnvironments environments;
  @Autowired IdentityService identity;

  @Test
  void measure() throws IOException {
    List<String> testers = List.of(
        TestUsers.ensure(identity, "bench-tester-a", "Bench", "A", "pm"), TestUsers.ensure(identity, "bench-tester-b", "Bench", "B", "pm"));
    long base = System.currentTimeMillis();
    List<String> report = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    long cold = System.nanoTime();
    keys.add(environments.provision(new EnvironmentRequest(base, "cold", "department-sales", testers)).environmentKey());
    report.add(String.format("first provision of the run (includes starting the server unless an earlier test in this JVM did): %.0f ms", (System.nanoTime() - cold) / 1e6));
    List<Double> provision = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      keys.add(environments.provision(new EnvironmentRequest(base + 1 + i, "cand" + i, "department-sales", testers)).environmentKey());
      provision.add((System.nanoTime() - start) / 1e6);
    }
    List<Double> repeat = new ArrayList<>();
    for (String key : keys.subList(1, keys.size())) {
      long start = System.nanoTime();
      String[] parts = key.substring(2).split("_");
      environments.provision(new EnvironmentRequest(Long.parseLong(parts[0]), parts[1], "department-sales", testers));
      repeat.add((System.nanoTime() - start) / 1e6);
    }
    List<Double> tearDown = new ArrayList<>();
    for (String key : keys) {
      long start = System.nanoTime();
      environments.tearDown(key);
      tearDown.add((System.nanoTime() - start) / 1e6);
    }
    report.add(line("provision a new environment (department-sales, 240 rows, 2 testers)", provision));
    report.add(line("provision again, nothing to do (the retry of a finished step)", repeat));
    report.add(line("tear down (database, role, group)", tearDown.subList(1, tearDown.size())));
    Path results = Path.of("target/benchmarks/environments.md");
    Files.createDirectories(results.getParent());
    Files.writeString(results, String.join("\n", report) + "\n");
    report.forEach(line -> System.out.println("BENCHMARK " + line));
  }

  private static String line(String what, List<Double> millis) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return String.format("%s: n=%d, median %.1f ms, p95 %.1f ms, max %.1f ms", what, sorted.size(),
        sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
  }
}

package io.pmoflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.support.Api;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Measures what the people and systems using PMO Flow wait for, on the embedded PostgreSQL the
 * integration tests use: starting a spec-change request over REST (validation, tables, process
 * start up to the triage task), starting an RFP over REST, rendering its PDF (the async step),
 * and the heap the application holds afterwards. It asserts only that every call worked; the
 * numbers go to target/benchmarks/results.md and into docs/benchmarks.md by hand.
 *
 * <p>Not part of {@code mvn verify} (the name ends in neither Test nor IT). Run it with
 * {@code mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PmoFlowBenchmark}.
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class PmoFlowBenchmark {

  static final int WARM_UP = 20;
  static final int CHANGE_REQUESTS = 200;
  static final int RFPS = 30;

  @Autowired TestRestTemplate http;
  @Autowired ManagementService management;

  final List<String> report = new ArrayList<>();

  @Test
  void measure() throws IOException {
    report.add("JVM up " + ManagementFactory.getRuntimeMXBean().getUptime() / 1000 + " s when the benchmark began (includes the test context start)");
    long projectId = projectWithSpecification();

    time("spec-change request over REST (201, process started)", WARM_UP, CHANGE_REQUESTS, () -> changeRequest(projectId));
    List<Long> rfpIds = new ArrayList<>();
    time("RFP started over REST, then its draft confirmed (claim + submit-form)", 5, RFPS, () -> {
      rfpIds.add(rfp(projectId));
      return null;
    });
    time("RFP PDF + HTML rendered and stored (the async step; all RFPs, the first one cold)", 0, rfpIds.size(), new Supplier<>() {
      int next = 0;

      @Override
      public Object get() {
        renderDocument(rfpIds.get(next++));
        return null;
      }
    });

    System.gc();
    Runtime runtime = Runtime.getRuntime();
    report.add(String.format("heap in use after the runs and a GC: %d MB (max heap %d MB)",
        (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), runtime.maxMemory() / (1024 * 1024)));

    Path results = Path.of("target/benchmarks/results.md");
    Files.createDirectories(results.getParent());
    Files.writeString(results, String.join("\n", report) + "\n");
    report.forEach(line -> System.out.println("BENCHMARK " + line));
  }

  private void time(String what, int warmUp, int runs, Supplier<Object> call) {
    for (int i = 0; i < warmUp; i++) {
      call.get();
    }
    List<Long> micros = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      call.get();
      micros.add((System.nanoTime() - t) / 1000);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Collections.sort(micros);
    report.add(String.format("%s: n=%d, median %.1f ms, p95 %.1f ms, max %.1f ms, %.1f per second (one client)",
        what, runs, micros.get(runs / 2) / 1000.0, micros.get((int) Math.ceil(runs * 0.95) - 1) / 1000.0,
        micros.get(runs - 1) / 1000.0, runs / seconds));
  }

  private Object changeRequest(long projectId) {
    ResponseEntity<Map> created = Api.as(http, "peter").postForEntity("/api/change-requests", Map.of(
        "projectId", projectId, "title", "Ask for a one-time code", "description", "After the password",
        "reason", "Audit", "requesterRole", "CLIENT",
        "changes", List.of(Map.of("sectionKey", "UI-LOGIN", "newText", "User name\nPassword\nOne-time code"))), Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }

  private long rfp(long projectId) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", RfpDraftFixture.body(projectId,
        "Benchmark RFP " + suffix, 60, Instant.parse("2040-03-12T12:00:00Z"), Instant.parse("2040-03-26T12:00:00Z"),
        "bids-" + suffix + "@acme.example", "offers-" + suffix + "@globex.example"), Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String pi = (String) created.getBody().get("processInstanceId");
    // the draft arrives complete over REST; the PMO confirms it, which queues the PDF
    String task = (String) ((Map) Api.as(http, "paula").exchange("/engine-rest/task?processInstanceId=" + pi + "&maxResults=1",
        HttpMethod.GET, HttpEntity.EMPTY, List.class).getBody().get(0)).get("id");
    Api.as(http, "paula").postForEntity("/engine-rest/task/" + task + "/claim", Map.of("userId", "paula"), Void.class);
    assertThat(Api.as(http, "paula").postForEntity("/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of()), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private void renderDocument(long rfpId) {
    String pi = (String) Api.as(http, "paula").getForObject("/api/rfps/" + rfpId, Map.class).get("processInstanceId");
    Job job = management.createJobQuery().processInstanceId(pi).activityId("Task_GenerateDocument").singleResult();
    management.executeJob(job.getId());
    assertThat(Api.as(http, "paula").getForEntity("/api/rfps/" + rfpId + "/document", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private long projectWithSpecification() {
    String code = "BENCH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    long id = Projects.create(http, code, "Benchmark " + code, 50000, "2030-03-01", "2030-12-31");
    Projects.specify(http, id, Map.of(
        "sections", List.of(Map.of("key", "UI-LOGIN", "kind", "UI_SCREEN", "title", "Login", "text", "User name\nPassword"))));
    return id;
  }
}

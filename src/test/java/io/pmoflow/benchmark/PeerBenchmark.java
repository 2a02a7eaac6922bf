package io.pmoflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmoflow.PmoFlowApplication;
import plaincamunda.PlainCamundaPeer;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.support.Projects;
import io.pmoflow.support.Vendors;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * PMO Flow's REST starts side by side with a plain Camunda 7.24 application doing the same engine
 * work ({@link PlainCamundaPeer}), both in JVMs of their own on one embedded PostgreSQL (a database
 * each), interleaved in one run: for each round, for 1, 4 and 16 connections, each start in turn
 * for a fixed time. Then the spec-change start again after thousands of vendors are registered (one
 * through the API, its rows then copied in SQL: see {@link BenchmarkDatabase#copyVendor}).
 * Writes target/benchmarks/peer-results.md and the section between the markers in
 * docs/benchmarks.md. PMO Flow's mail goes to a {@link DroppingMailServer}. It asserts only that both
 * applications started and answered, and that PMO Flow's mail arrived.
 *
 * <p>Not part of {@code mvn verify} (the name ends in neither Test nor IT). Run it with
 * {@code mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PeerBenchmark}; the
 * size of the run: {@code -Dbench.seconds=6 -Dbench.rounds=3 -Dbench.vendors=10000}; more PMO Flow settings, space
 * separated: {@code -Dbench.pmoflow.args="--pmoflow.security.login-cache-time=PT0S"}; a second PMO Flow with
 * other settings whose spec-change start runs beside the first in every round: {@code -Dbench.compare.args=...}.
 */
class PeerBenchmark {

  static final int[] CONNECTIONS = {1, 4, 16};
  static final String PMO_DB = "pmoflow";
  static final String PEER_DB = "peer";
  /** PMO Flow with other settings ({@code -Dbench.compare.args}), its spec-change start measured beside. */
  static final String OTHER_DB = "pmoflow_other";
  static final String START_MARK = "<!-- peer-benchmark: written by PeerBenchmark, do not edit by hand -->";
  static final String END_MARK = "<!-- /peer-benchmark -->";
  static final String MAP_START_MARK = "<!-- start-work-map: written by PeerBenchmark, do not edit by hand -->";
  static final String MAP_END_MARK = "<!-- /start-work-map -->";
  /** Libraries only PMO Flow uses: a plain Camunda application has none of them. */
  static final List<String> PMO_ONLY = List.of("flyway", "hibernate-core", "spring-data-", "jakarta.persistence", "greenmail",
      "mail", "thymeleaf", "openhtmltopdf", "pdfbox", "fontbox", "springdoc", "swagger", "spring-boot-actuator",
      "micrometer-registry", "unboundid", "playwright", "/h2/", "archunit");

  final Duration cell = Duration.ofSeconds(Integer.getInteger("bench.seconds", 6));
  final int rounds = Integer.getInteger("bench.rounds", 3);
  final int manyVendors = Integer.getInteger("bench.vendors", 10_000);
  /** Starts of each kind for the map of one start's work; 0: no map. */
  final int mapStarts = Integer.getInteger("bench.map.starts", 40);
  /** Only the map of one start's work, not the load rounds ({@code -Dbench.only=map}). */
  final boolean mapOnly = "map".equals(System.getProperty("bench.only"));
  final ObjectMapper json = new ObjectMapper();
  final AtomicLong sequence = new AtomicLong();
  final Queue<Long> freshVendors = new ConcurrentLinkedQueue<>();
  final Report report = new Report();
  final WorkMap workMap = new WorkMap();

  record Target(String name, ChildJvm app, String database, Supplier<Load.Call> calls) {}

  @Test
  void compareWithPlainCamunda() throws Exception {
    String loadAverage = Files.readString(Path.of("/proc/loadavg")).trim();
    String pmoSettings = System.getProperty("bench.pmoflow.args", "");
    String otherSettings = System.getProperty("bench.compare.args", "");
    try (BenchmarkDatabase database = BenchmarkDatabase.start(PMO_DB, PEER_DB, OTHER_DB);
        DroppingMailServer mail = new DroppingMailServer();
        ChildJvm peer = ChildJvm.start("peer", PlainCamundaPeer.class.getName(), PeerBenchmark::plainCamunda,
            camundaSettings(database.jdbcUrl(PEER_DB), "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=admin",
                "--camunda.bpm.auto-deployment-enabled=false"));
        ChildJvm pmo = pmoFlow("pmo-flow", database.jdbcUrl(PMO_DB), mail, pmoSettings);
        ChildJvm other = otherSettings.isBlank() ? null
            : pmoFlow("pmo-flow-other", database.jdbcUrl(OTHER_DB), mail, otherSettings)) {
      peer.awaitReady("/engine-rest/process-definition/key/peer-start", basic("starter"), Duration.ofMinutes(3));
      pmo.awaitReady("/api/projects", basic("paula"), Duration.ofMinutes(3));
      if (other != null) {
        other.awaitReady("/api/projects", basic("paula"), Duration.ofMinutes(3));
      }
      report.started(loadAverage, cell, rounds, peer, pmo, pmoSettings, otherSettings);

      Target plain = new Target("plain Camunda: `POST /engine-rest/process-definition/key/{key}/start`", peer, PEER_DB, () -> call(
          peer, "/engine-rest/process-definition/key/peer-start/start", "starter", Map.of("variables", Map.of(
              "title", Map.of("value", "Ask for a one-time code", "type", "String"),
              "description", Map.of("value", "After the password", "type", "String")))));
      Target spec = specChange("spec change: `POST /api/change-requests`", pmo, PMO_DB);
      long projectId = projectWithSpecification(api(pmo));
      Target rfp = new Target("RFP: `POST /api/rfps`", pmo, PMO_DB, () -> call(pmo, "/api/rfps", "paula", rfp(projectId)));
      Target onboarding = new Target("onboarding, one member: `POST /api/vendors/{id}/onboarding`", pmo, PMO_DB, () -> {
        Long vendor = freshVendors.poll();
        return vendor == null ? null : call(pmo, "/api/vendors/" + vendor + "/onboarding", "paula", onboardingOfOne());
      });
      Target plainOnboarding = new Target("plain Camunda onboarding of the same shape: `POST /engine-rest/process-definition/key/{key}/start`",
          peer, PEER_DB, () -> call(peer, "/engine-rest/process-definition/key/peer-onboarding/start", "starter",
              Map.of("variables", plainOnboardingOfOne())));
      report.comparedWith(onboarding.name(), plainOnboarding.name());
      List<Target> specs = new ArrayList<>(List.of(spec));
      if (other != null) {
        specs.add(specChange("spec change with `" + otherSettings.trim() + "`", other, OTHER_DB));
      }
      List<Target> targets = new ArrayList<>(List.of(plain, spec));
      targets.addAll(specs.subList(1, specs.size()));
      targets.addAll(List.of(rfp, plainOnboarding, onboarding));

      // warm-up (not reported), then authorization cost with few vendors first, before the rounds register more
      for (int i = 0; i < 3; i++) {
        for (Target target : targets.subList(0, specs.size() + 1)) {
          Load.run(4, cell, target.calls());
        }
      }
      if (mapStarts > 0) {
        mapWork(database, List.of(plain, spec, rfp, plainOnboarding, onboarding));
      }
      if (mapOnly) {
        report.write(workMap);
        return;
      }
      for (Target target : specs) {
        registerVendors(target.app(), 10 - (int) database.count(target.database(), "vendor"), new ConcurrentLinkedQueue<>());
      }
      vendorScale(database, "few", plain, specs);

      registerVendors(pmo, 40, freshVendors);
      Load.run(4, cell, onboarding.calls());
      Load.run(4, cell, rfp.calls());
      Map<String, Double> lastRate = new LinkedHashMap<>();
      for (int round = 1; round <= rounds; round++) {
        for (int connections : CONNECTIONS) {
          for (Target target : targets) {
            if (target == onboarding) {
              double expected = lastRate.getOrDefault(target.name() + connections, 10.0) * cell.toSeconds();
              registerVendors(pmo, (int) Math.max(20, expected * 2) - freshVendors.size(), freshVendors);
            }
            Load.Result result = measure(database, target, connections, round);
            lastRate.put(target.name() + connections, result.perSecond());
          }
        }
      }
      report.resident(peer, pmo);

      for (Target target : specs) {
        String template = "tmpl" + sequence.incrementAndGet();
        Vendors.register(api(target.app()), Vendors.registration(template, true, LocalDate.now().plusYears(1)));
        int copies = manyVendors - (int) database.count(target.database(), "vendor");
        database.copyVendor(target.database(), template, "vendor-" + template, "bulk", copies);
        report.copied(copies, template);
      }
      vendorScale(database, "many", plain, specs);
      report.resident(peer, pmo);
      assertThat(mail.received()).as("mails PMO Flow sent").isPositive();
      report.mailReceived(mail.received());
    }
    report.write(workMap);
  }

  /** For each start, {@link #mapStarts} starts one after another, and what they did in the database. */
  private void mapWork(BenchmarkDatabase database, List<Target> targets) throws Exception {
    for (Target target : targets) {
      if (target.name().startsWith("onboarding")) {
        registerVendors(target.app(), mapStarts - freshVendors.size(), freshVendors);
      }
      database.awaitJobsDone(target.database());
      BenchmarkDatabase.Detail before = database.detail(target.database());
      int done = 0;
      for (int i = 0; i < mapStarts; i++) {
        AtomicLong left = new AtomicLong(1);
        Load.Result result = Load.run(1, Duration.ofMinutes(1), () -> left.getAndDecrement() > 0 ? target.calls().get() : null);
        assertThat(result.failed()).as(target.name() + ": " + result.firstFailure()).isZero();
        done += result.succeeded();
        database.awaitJobsDone(target.database());
      }
      workMap.add(new WorkMap.Start(target.name(), done, before, database.detail(target.database())));
    }
  }

  private ChildJvm pmoFlow(String name, String jdbcUrl, DroppingMailServer mail, String settings) throws IOException {
    return ChildJvm.start(name, PmoFlowApplication.class.getName(), entry -> !entry.endsWith("test-classes"),
        camundaSettings(jdbcUrl, "--spring.profiles.active=demo", mail.pmoFlowSettings(),
            "--pmoflow.directory.embedded-server.port=0", settings));
  }

  private Target specChange(String name, ChildJvm app, String database) {
    long projectId = projectWithSpecification(api(app));
    return new Target(name, app, database, () -> call(app, "/api/change-requests", "peter", changeRequest(projectId)));
  }

  private static TestRestTemplate api(ChildJvm app) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(app.url("")));
  }

  /** The spec-change starts and the peer at 4 connections, interleaved rounds, at the current vendor count. */
  private void vendorScale(BenchmarkDatabase database, String label, Target plain, List<Target> specs) throws Exception {
    List<Target> targets = new ArrayList<>(List.of(plain));
    targets.addAll(specs);
    for (int round = 1; round <= rounds; round++) {
      for (Target target : targets) {
        database.awaitJobsDone(target.database());
        report.vendorCell(label, database.count(specs.get(0).database(), "vendor"),
            database.count(target.database(), "act_ru_authorization"), target.name(), round, Load.run(4, cell, target.calls()));
      }
    }
  }

  private Load.Result measure(BenchmarkDatabase database, Target target, int connections, int round)
      throws SQLException, InterruptedException {
    database.awaitJobsDone(target.database());
    BenchmarkDatabase.Snapshot before = database.snapshot(target.database());
    Load.Result result = Load.run(connections, cell, target.calls());
    database.awaitJobsDone(target.database());
    BenchmarkDatabase.Snapshot after = database.snapshot(target.database());
    report.cell(target.name(), connections, round, result, before, after);
    return result;
  }

  /** Registers vendors through the API (as paula, 4 connections); their ids go to {@code into}. */
  private void registerVendors(ChildJvm pmo, int count, Queue<Long> into) throws InterruptedException {
    if (count <= 0) {
      return;
    }
    AtomicLong left = new AtomicLong(count);
    Load.Result result = Load.run(4, Duration.ofHours(1), () -> {
      if (left.getAndDecrement() <= 0) {
        return null;
      }
      String code = "b" + sequence.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100000, 36);
      return call(pmo, "/api/vendors", "paula", Vendors.registration(code, true, LocalDate.now().plusYears(1)),
          body -> into.add(number(body, "vendorId")));
    });
    assertThat(result.failed()).as(result.firstFailure()).isZero();
    report.registered(count, result);
  }

  private Map<String, Object> changeRequest(long projectId) {
    return Map.of("projectId", projectId, "title", "Ask for a one-time code " + sequence.incrementAndGet(),
        "description", "After the password", "reason", "Audit", "requesterRole", "CLIENT",
        "changes", List.of(Map.of("sectionKey", "UI-LOGIN", "newText", "User name\nPassword\nOne-time code")));
  }

  private Map<String, Object> rfp(long projectId) {
    long n = sequence.incrementAndGet();
    return RfpDraftFixture.body(projectId, "Benchmark RFP " + n, 60, Instant.parse("2040-03-12T12:00:00Z"),
        Instant.parse("2040-03-26T12:00:00Z"), "bids-" + n + "@acme.example", "offers-" + n + "@globex.example");
  }

  private Map<String, Object> onboardingOfOne() {
    long n = sequence.incrementAndGet();
    return Map.of("members", List.of(Vendors.member("Member " + n, "m" + n + "@bench.example", "Developer", "EMPLOYEE",
        Vendors.access("wiki", "reader", "Reads the project's documentation"))));
  }

  /** What {@link #onboardingOfOne()} sends, as the peer's start variables. */
  private Map<String, Object> plainOnboardingOfOne() {
    long n = sequence.incrementAndGet();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("memberName", Map.of("value", "Member " + n, "type", "String"));
    variables.put("memberEmail", Map.of("value", "m" + n + "@bench.example", "type", "String"));
    variables.put("system", Map.of("value", "wiki", "type", "String"));
    variables.put("role", Map.of("value", "reader", "type", "String"));
    variables.put("justification", Map.of("value", "Reads the project's documentation", "type", "String"));
    variables.put("contractEnd", Map.of("value", LocalDate.now().plusYears(1) + "T00:00:00", "type", "String"));
    return variables;
  }

  private Load.Call call(ChildJvm app, String path, String user, Map<String, Object> body) {
    return call(app, path, user, body, null);
  }

  private Load.Call call(ChildJvm app, String path, String user, Map<String, Object> body, Consumer<String> onSuccess) {
    try {
      return new Load.Call(HttpRequest.newBuilder(URI.create(app.url(path)))
          .header("Authorization", basic(user)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), onSuccess);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private long number(String body, String field) {
    try {
      return json.readTree(body).get(field).asLong();
    } catch (IOException e) {
      throw new IllegalStateException(body, e);
    }
  }

  private long projectWithSpecification(TestRestTemplate api) {
    long id = Projects.create(api, "BENCH" + sequence.incrementAndGet(), "Benchmark", 50000, "2030-03-01", "2030-12-31");
    Projects.specify(api, id, Map.of(
        "sections", List.of(Map.of("key", "UI-LOGIN", "kind", "UI_SCREEN", "title", "Login", "text", "User name\nPassword"))));
    return id;
  }

  /** Both applications alike: the same database server, full history, authorization on, Camunda's job executor. */
  private static List<String> camundaSettings(String jdbcUrl, String... more) {
    List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--camunda.bpm.history-level=full", "--camunda.bpm.authorization.enabled=true",
        "--camunda.bpm.database.schema-update=true"));
    Arrays.stream(more).flatMap(setting -> Arrays.stream(setting.split(" "))).filter(s -> !s.isBlank()).forEach(settings::add);
    return settings;
  }

  private static boolean plainCamunda(String classPathEntry) {
    String entry = classPathEntry.replace(File.separatorChar, '/');
    return !entry.endsWith("target/classes") && PMO_ONLY.stream().noneMatch(entry::contains);
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }
}

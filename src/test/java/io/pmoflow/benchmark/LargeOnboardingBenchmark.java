package io.pmoflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.SearchScope;
import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.onboarding.VendorOnboardingElements;
import io.pmoflow.support.ClusterNode;
import io.pmoflow.support.Vendors;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14: one onboarding of 500 members inside the PMO's delegated authority (wiki and jira: no
 * person decides, every step is a job), on one node with its job executor as in production, on an
 * embedded PostgreSQL 17 and the embedded directory. Samples, every half second from the request,
 * the accounts in the directory and the member cases ended (each member's instance runs from its
 * account to its grants and activation mail and ends: its next wait state is its end), and writes
 * the curve to target/benchmarks/large-onboarding.md and its section of docs/benchmarks.md. Asserts
 * only what must hold whatever the speed: every member done, one account each, no incident.
 *
 * <p>Not part of {@code mvn verify}; {@code mvn verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=LargeOnboardingBenchmark} ({@code -Dbench.members=500}, {@code "-Dbench.node.args=..."}).
 */
class LargeOnboardingBenchmark {

  static final String START_MARK = "<!-- large-onboarding: written by LargeOnboardingBenchmark, do not edit by hand -->";
  static final String END_MARK = "<!-- /large-onboarding -->";
  static final int MEMBERS = Integer.getInteger("bench.members", 500);
  static final String NODE_ARGS = System.getProperty("bench.node.args", "");

  record Point(double seconds, long accounts, long membersDone, long jobs, boolean summarised) {}

  static EmbeddedPostgres postgres;
  static ConfigurableApplicationContext node;

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void measure() throws Exception {
    String load = String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
    postgres = EmbeddedPostgres.builder().start();
    List<String> settings = new ArrayList<>(List.of(
        "--pmoflow.directory.embedded-server.enabled=true", "--pmoflow.mail.embedded-server.enabled=true"));
    if (!NODE_ARGS.isBlank()) {
      settings.addAll(List.of(NODE_ARGS.trim().split("\\s+")));
    }
    node = ClusterNode.start(postgres, "large", settings.toArray(String[]::new));
    TestRestTemplate http = ClusterNode.http(node);
    HistoryService history = node.getBean(ProcessEngine.class).getHistoryService();
    InMemoryDirectoryServer directory = node.getBean(InMemoryDirectoryServer.class);

    String code = "b" + ThreadLocalRandom.current().nextInt(100000, 999999);
    long vendorId = Vendors.register(http, Vendors.registration(code, true, LocalDate.now().plusMonths(6)));
    List<Map<String, Object>> members = new ArrayList<>();
    for (int i = 1; i <= MEMBERS; i++) {
      members.add(Vendors.member("Member " + i, "m" + i + "@" + code + ".example", "Developer", "EMPLOYEE",
          Vendors.access("wiki", "reader", "Docs"), Vendors.access("jira", "user", "Tickets")));
    }
    long begin = System.nanoTime();
    @SuppressWarnings("unchecked")
    String onboarding = Vendors.startOnboarding(http, vendorId, members.toArray(Map[]::new));
    double answered = (System.nanoTime() - begin) / 1e9;

    List<Point> curve = new ArrayList<>();
    long deadline = begin + 600_000_000_000L;
    Point last;
    do {
      Thread.sleep(500);
      last = new Point((System.nanoTime() - begin) / 1e9,
          directory.search("dc=pmoflow,dc=example", SearchScope.SUB, "(mail=*@" + code + ".example)").getEntryCount(),
          history.createHistoricProcessInstanceQuery().superProcessInstanceId(onboarding).completed().count(),
          Long.parseLong(ClusterNode.rows(node, "select count(*) from ACT_RU_JOB where DUEDATE_ is null or DUEDATE_ < now()").get(0)),
          history.createHistoricActivityInstanceQuery().processInstanceId(onboarding)
              .activityId(VendorOnboardingElements.TASK_SEND_ACCESS_SUMMARY).finished().count() == 1);
      curve.add(last);
      System.out.printf(Locale.ROOT, "LargeOnboardingBenchmark: %.1f s: %d accounts, %d members done, %d jobs due%n",
          last.seconds(), last.accounts(), last.membersDone(), last.jobs());
    } while (!last.summarised() && System.nanoTime() < deadline);

    long conflicts = history.createHistoricJobLogQuery().failureLog().list().stream()
        .filter(log -> onboarding.equals(log.getRootProcessInstanceId())).count();
    long incidents = history.createHistoricIncidentQuery().count();
    write(load, answered, curve, conflicts, incidents);

    List<HistoricProcessInstance> memberCases = history.createHistoricProcessInstanceQuery().superProcessInstanceId(onboarding).list();
    assertThat(memberCases).hasSize(MEMBERS).allSatisfy(member -> {
      assertThat(member.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
      assertThat(member.getEndActivityId()).isEqualTo(MemberOnboardingElements.EVENT_MEMBER_ONBOARDED);
    });
    assertThat(last.accounts()).as("one directory account per member").isEqualTo(MEMBERS);
    assertThat(incidents).as("incidents").isZero();
    assertThat(last.summarised()).as("the onboarding went on to its summary within ten minutes").isTrue();
  }

  private static void write(String load, double answered, List<Point> curve, long failures, long incidents) throws Exception {
    Point end = curve.get(curve.size() - 1);
    double allAccounts = curve.stream().filter(p -> p.accounts() >= MEMBERS).findFirst().map(Point::seconds).orElse(Double.NaN);
    double allDone = curve.stream().filter(p -> p.membersDone() >= MEMBERS).findFirst().map(Point::seconds).orElse(Double.NaN);
    double summarised = curve.stream().filter(Point::summarised).findFirst().map(Point::seconds).orElse(Double.NaN);
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "Measured %s by `LargeOnboardingBenchmark`: Linux, %d CPU cores, load average %s when it"
            + " began; one node (job executor as in `application.yml`%s) on an embedded PostgreSQL 17, the embedded directory;"
            + " %d members with two automatic grants each, in one `POST /api/vendors/{id}/onboarding`.", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), load, NODE_ARGS.isBlank() ? "" : ", and `" + NODE_ARGS + "`", MEMBERS));
    out.add("");
    out.add(String.format(Locale.ROOT, "The request answered after %.1f s; every account was in the directory after %.1f s and every"
            + " member case had ended after %.1f s (target: 30 s); the onboarding had taken in every member's end and sent its"
            + " summary after %.1f s; %d job failures (optimistic locking, retried within a second), %d incidents.",
        answered, allAccounts, allDone, summarised, failures, incidents));
    out.add("");
    out.add("| seconds after the request | accounts in the directory | member cases ended | jobs due |");
    out.add("|---|---|---|---|");
    double nextRow = 0;
    double step = Math.max(2, Math.ceil(end.seconds() / 40));
    for (Point point : curve) {
      if (point.seconds() >= nextRow || point == end) {
        out.add(String.format(Locale.ROOT, "| %.1f | %d | %d | %d |", point.seconds(), point.accounts(), point.membersDone(), point.jobs()));
        nextRow = Math.floor(point.seconds() / step) * step + step;
      }
    }
    String markdown = String.join("\n", out) + "\n";
    BenchmarkPage.writeResult("large-onboarding.md", markdown);
    BenchmarkPage.writeSection(START_MARK, END_MARK, markdown);
  }
}

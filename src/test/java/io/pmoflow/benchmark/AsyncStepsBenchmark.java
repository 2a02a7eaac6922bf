package io.pmoflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.pmoflow.support.ClusterNode;
import io.pmoflow.support.Vendors;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Issue 14's two figures about async steps, on two nodes in this JVM on one embedded PostgreSQL 17
 * (node a hosts the embedded directory and mail server, node b uses them):
 *
 * <ul>
 *   <li><b>One node.</b> One-member onboardings started one after another over node b's API, node b
 *       running its own jobs: from the REST call to the end of the first async step (the member's case
 *       starting, {@code Event_MemberToOnboard}; the member then waits at <i>Create the account</i>, its
 *       next wait state), split into the REST answer and the part after it. {@code -Dbench.step=Task_CreateAccount}
 *       measures to the end of the account's step instead (the first async step before the requests
 *       were routed when made).
 *   <li><b>Across nodes.</b> Node a's job executor stopped; onboardings started over node a's API at
 *       uneven intervals (so each job meets node b's polling at another phase): from the job's creation
 *       on node a to its end on node b.
 * </ul>
 *
 * The times are the job log's (the same clock: one JVM). Writes target/benchmarks/async-steps.md and
 * its section of docs/benchmarks.md. Not part of {@code mvn verify}; run it with {@code mvn verify
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AsyncStepsBenchmark}; other job
 * executor settings for both nodes: {@code "-Dbench.node.args=--camunda.bpm.job-execution.max-wait=2000"}.
 */
class AsyncStepsBenchmark {

  static final String START_MARK = "<!-- async-steps: written by AsyncStepsBenchmark, do not edit by hand -->";
  static final String END_MARK = "<!-- /async-steps -->";
  static final int WARM_UP = Integer.getInteger("bench.warmup", 10);
  static final int STARTS = Integer.getInteger("bench.starts", 100);
  static final int PICKUPS = Integer.getInteger("bench.pickups", 40);
  static final String NODE_ARGS = System.getProperty("bench.node.args", "");
  static final String STEP = System.getProperty("bench.step", "Event_MemberToOnboard");

  /** One onboarding's first async step: times in epoch milliseconds. */
  record Sample(long called, long answered, long jobCreated, long jobDone, String ranOn) {}

  static EmbeddedPostgres postgres;
  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;

  @AfterAll
  static void stop() throws Exception {
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void measure() throws Exception {
    String load = String.join(" ", java.util.Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" "), 3));
    postgres = EmbeddedPostgres.builder().start();
    nodeA = ClusterNode.start(postgres, "a", settings(
        "--pmoflow.directory.embedded-server.enabled=true", "--pmoflow.mail.embedded-server.enabled=true"));
    nodeB = ClusterNode.start(postgres, "b", settings(
        "--pmoflow.directory.embedded-server.enabled=false",
        "--pmoflow.directory.url=ldap://127.0.0.1:" + nodeA.getBean(InMemoryDirectoryServer.class).getListenPort(),
        "--pmoflow.mail.embedded-server.enabled=false",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + nodeA.getBean(GreenMail.class).getSmtp().getPort()));
    ClusterNode.jobExecutor(nodeA).shutdown();

    List<Sample> oneNode = new ArrayList<>();
    for (int i = 0; i < WARM_UP + STARTS; i++) {
      Sample sample = onboardOne(nodeB, "s" + i);
      if (i >= WARM_UP) {
        oneNode.add(sample);
      }
      Thread.sleep(200);
    }
    List<Sample> acrossNodes = new ArrayList<>();
    for (int i = 0; i < PICKUPS; i++) {
      acrossNodes.add(onboardOne(nodeA, "p" + i));
      Thread.sleep(ThreadLocalRandom.current().nextLong(300, 1300));
    }
    assertThat(oneNode).allSatisfy(s -> assertThat(s.ranOn()).isEqualTo("node-b"));
    assertThat(acrossNodes).allSatisfy(s -> assertThat(s.ranOn()).isEqualTo("node-b"));

    Environment settings = nodeB.getEnvironment();
    String jobExecutor = String.join(", ", List.of("wait-time-in-millis", "max-wait", "core-pool-size", "max-pool-size",
            "queue-capacity", "max-jobs-per-acquisition", "backoff-time-in-millis", "lock-time-in-millis").stream()
        .map(key -> key + " " + settings.getProperty("camunda.bpm.job-execution." + key, "(Camunda's default)")).toList());
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "Measured %s by `AsyncStepsBenchmark`: Linux, %d CPU cores, load average %s when it"
            + " began; two nodes in one JVM on one embedded PostgreSQL 17; job executor: %s%s.", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), load, jobExecutor, NODE_ARGS.isBlank() ? "" : "; nodes ran with `" + NODE_ARGS + "`"));
    out.add("");
    out.add("| one-member onboardings, async step `" + STEP + "`" + (STEP.equals("Event_MemberToOnboard")
        ? " (the member's case starts; next wait state: *Create the account*)" : "") + " | n | p50 | p95 | p99 | max |");
    out.add("|---|---|---|---|---|---|");
    out.add(row("one node: REST call to its `201`", oneNode, s -> s.answered() - s.called()));
    out.add(row("one node: `201` to the async step done (job executor hinted after the commit)", oneNode, s -> s.jobDone() - s.answered()));
    out.add(row("one node: job made to the async step done", oneNode, s -> s.jobDone() - s.jobCreated()));
    out.add(row("**one node: REST call to the next wait state after the async step** (target p95 ≤ 150 ms)", oneNode,
        s -> s.jobDone() - s.called()));
    out.add(row("**across nodes: job made on node a (no job executor) to done on node b** (target ≤ 1 s)", acrossNodes,
        s -> s.jobDone() - s.jobCreated()));
    out.add(row("across nodes: REST call on node a to the step done on node b", acrossNodes, s -> s.jobDone() - s.called()));
    String markdown = String.join("\n", out) + "\n";
    BenchmarkPage.writeResult("async-steps.md", markdown);
    BenchmarkPage.writeSection(START_MARK, END_MARK, markdown);
  }

  private static String[] settings(String... settings) {
    List<String> all = new ArrayList<>(List.of(settings));
    if (!NODE_ARGS.isBlank()) {
      all.addAll(List.of(NODE_ARGS.trim().split("\\s+")));
    }
    return all.toArray(String[]::new);
  }

  @SuppressWarnings("unchecked")
  private static Sample onboardOne(ConfigurableApplicationContext node, String prefix) throws InterruptedException {
    TestRestTemplate http = ClusterNode.http(node);
    String code = prefix + ThreadLocalRandom.current().nextInt(100000, 999999);
    long vendorId = Vendors.register(http, Vendors.registration(code, true, LocalDate.now().plusMonths(6)));
    long called = System.currentTimeMillis();
    String onboarding = Vendors.startOnboarding(http, vendorId, Vendors.member("Member", "m@" + code + ".example",
        "Developer", "EMPLOYEE", Vendors.access("wiki", "reader", "Docs")));
    long answered = System.currentTimeMillis();
    long deadline = answered + 60_000;
    while (System.currentTimeMillis() < deadline) {
      List<String> done = ClusterNode.rows(nodeA, "select c.TIMESTAMP_ || '|' || s.TIMESTAMP_ || '|' || s.HOSTNAME_"
          + " from ACT_HI_JOB_LOG c join ACT_HI_JOB_LOG s on s.JOB_ID_ = c.JOB_ID_ and s.JOB_STATE_ = 2"
          + " join ACT_HI_PROCINST m on m.ID_ = c.PROCESS_INSTANCE_ID_"
          + " where m.SUPER_PROCESS_INSTANCE_ID_ = ? and c.JOB_STATE_ = 0 and c.ACT_ID_ = ?", onboarding, STEP);
      if (!done.isEmpty()) {
        String[] parts = done.get(0).split("\\|");
        return new Sample(called, answered, Timestamp.valueOf(parts[0]).getTime(), Timestamp.valueOf(parts[1]).getTime(), parts[2]);
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException("the first async step of " + onboarding + " did not run within a minute");
  }

  private static String row(String what, List<Sample> samples, ToLongFunction<Sample> millis) {
    long[] sorted = samples.stream().mapToLong(millis).sorted().toArray();
    return String.format(Locale.ROOT, "| %s | %d | %d ms | %d ms | %d ms | %d ms |", what, sorted.length,
        percentile(sorted, 0.5), percentile(sorted, 0.95), percentile(sorted, 0.99), sorted[sorted.length - 1]);
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}

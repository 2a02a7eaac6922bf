package io.pmoflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.TaskAttacks;
import io.pmoflow.support.Vendors;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The metrics at /actuator/prometheus: only administrators and the scrape credential (set in
 * application-test.yml) read them, and they count what happened: starts, completed tasks, the
 * job backlog, incidents and the mail outbox, per process.
 */
@PostgresIntegrationTest
class MetricsIT {

  static final String PROMETHEUS = "/actuator/prometheus";
  static final String MEMBER_PROCESS = "vendor-member-onboarding";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired EngineGauges gauges;

  @Test
  void onlyAdministratorsAndTheScraperReadTheMetrics() {
    assertThat(Api.as(http, "demo").getForEntity(PROMETHEUS, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("prometheus", "test-scrape-secret").getForEntity(PROMETHEUS, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<String> anonymous = http.getForEntity(PROMETHEUS, String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(anonymous.getBody()).doesNotContain("pmoflow_");
    assertThat(http.getForEntity(PROMETHEUS + "/", String.class).getStatusCode().is4xxClientError()).isTrue();
    assertThat(http.getForEntity("/actuator", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("prometheus", "wrong").getForEntity(PROMETHEUS, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // (not an administrator with a wrong password: Camunda would lock demo out for a few seconds)
    assertThat(http.withBasicAuth("mallory", "guess").getForEntity(PROMETHEUS, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String user : new String[] {"paula", "peter", "sam", "victor"}) {
      ResponseEntity<String> refused = Api.as(http, user).getForEntity(PROMETHEUS, String.class);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("pmo-admin").doesNotContain("pmoflow_");
    }
    // the scrape credential is not a user: it opens nothing else
    assertThat(http.withBasicAuth("prometheus", "test-scrape-secret").getForEntity("/api/projects", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("prometheus", "test-scrape-secret").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // health and its probes stay open
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void countsStartsCompletedTasksBacklogIncidentsAndTheOutbox() {
    String startedSeries = "pmoflow_process_instances_started_total{process=\"" + MEMBER_PROCESS + "\"}";
    String parentStartedSeries = "pmoflow_process_instances_started_total{process=\"vendor-onboarding\"}";
    String completedSeries = "pmoflow_user_tasks_completed_total{process=\"" + MEMBER_PROCESS + "\",task=\""
        + MemberOnboardingElements.TASK_SECURITY_APPROVAL + "\"}";
    PrometheusText before = scrape();

    // a vendor onboarding of one member who asks for the VPN, which security approves
    String code = "m" + ThreadLocalRandom.current().nextInt(100000, 999999);
    long vendorId = Vendors.register(http, Vendors.registration(code, true, LocalDate.now().plusMonths(6)));
    String email = "max@" + code + ".example";
    String onboarding = Vendors.startOnboarding(http, vendorId,
        Vendors.member("Max Muster", email, "Developer", "EMPLOYEE", Vendors.access("vpn", "user", "Remote work")));
    io.pmoflow.support.Jobs.startMemberCases(management, runtime, onboarding);
    ProcessInstance member = runtime.createProcessInstanceQuery().superProcessInstanceId(onboarding).singleResult();
    Task approval = tasks.createTaskQuery().processInstanceId(member.getId())
        .taskDefinitionKey(MemberOnboardingElements.TASK_SECURITY_APPROVAL).singleResult();
    // the attacks tried first are refused and roll back: they must not count as completions
    new TaskAttacks(http, tasks, runtime, identity).work("sam", approval, Map.of("approved", true, "reason", "Agreed"));

    // a failed mail, and an incident on the member's case
    jdbc.update("insert into outbox_mail (dedupe_key, recipient, subject, body, status, attempts, next_attempt_at,"
        + " created_at) values (?, 'nobody@example.org', 'Undeliverable', 'x', 'FAILED', 8, now(), now())", "metrics-" + code);
    runtime.createIncident("metrics-check", member.getId(), "made by MetricsIT");
    gauges.refresh();
    PrometheusText after = scrape();

    assertThat(after.value(startedSeries) - before.valueOrZero(startedSeries)).isEqualTo(1.0);
    assertThat(after.value(parentStartedSeries) - before.valueOrZero(parentStartedSeries)).isEqualTo(1.0);
    assertThat(after.value(completedSeries) - before.valueOrZero(completedSeries)).isEqualTo(1.0);

    // the approval made the account's job: due now and nobody holds it (the job executor is off in tests)
    long due = management.createJobQuery().processDefinitionKey(MEMBER_PROCESS).executable().active().count();
    assertThat(due).isPositive();
    assertThat(management.createJobQuery().processInstanceId(member.getId())
        .activityId(MemberOnboardingElements.TASK_CREATE_ACCOUNT).count()).isEqualTo(1);
    assertThat(after.value("pmoflow_jobs_due{process=\"" + MEMBER_PROCESS + "\"}")).isEqualTo((double) due);
    assertThat(after.value("pmoflow_jobs_locked{process=\"" + MEMBER_PROCESS + "\"}")).isZero();

    // the incident shows on the member's case and, as Camunda does, on the onboarding that called it
    for (String process : new String[] {MEMBER_PROCESS, "vendor-onboarding"}) {
      assertThat(after.value("pmoflow_incidents_open{process=\"" + process + "\",type=\"metrics-check\"}"))
          .isEqualTo((double) runtime.createIncidentQuery().incidentType("metrics-check")
              .processDefinitionKeyIn(process).count())
          .isPositive();
    }
    assertThat(after.value("pmoflow_mail_outbox_depth{status=\"failed\"}"))
        .isEqualTo(jdbc.queryForObject("select count(*) from outbox_mail where status = 'FAILED'", Double.class))
        .isPositive();
    assertThat(after.text()).contains("pmoflow_mail_outbox_depth{status=\"pending\"}", "pmoflow_mail_outbox_depth{status=\"sending\"}");
  }

  private PrometheusText scrape() {
    ResponseEntity<String> response = Api.as(http, "demo").getForEntity(PROMETHEUS, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new PrometheusText(response.getBody());
  }

  /** The text format: one {@code series value} per line. */
  record PrometheusText(String text) {

    double value(String series) {
      return text.lines()
          .filter(line -> line.startsWith(series + " "))
          .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + series + " in\n" + text.lines()
              .filter(line -> line.startsWith("pmoflow_")).reduce("", (a, b) -> a + b + "\n")));
    }

    double valueOrZero(String series) {
      return text.lines().anyMatch(line -> line.startsWith(series + " ")) ? value(series) : 0;
    }
  }
}

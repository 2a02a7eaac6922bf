package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Vendors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Fifty members onboarded at once, with the real job executor (its threads run the members' jobs
 * in parallel, as on a production node): every member's case ends with its account, the
 * onboarding goes on to its summary, and no incident is left. Members finishing together used to
 * collide on the onboarding's multi-instance counters (OptimisticLockingException), each collision
 * retried a minute later; the number of such collisions is written to
 * target/members-finish-together.txt.
 */
@PostgresIntegrationTest
class MembersFinishTogetherIT {

  static final int MEMBERS = 50;

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;

  @Test
  void fiftyMembersFinishIntoTheirOnboardingWithoutIncidents() throws Exception {
    String code = "t" + ThreadLocalRandom.current().nextInt(100000, 999999);
    long vendorId = Vendors.register(http, Vendors.registration(code, true, LocalDate.now().plusMonths(6)));
    List<Map<String, Object>> members = new ArrayList<>();
    for (int i = 1; i <= MEMBERS; i++) {
      // wiki and jira are inside the PMO's authority: no person decides, every step is a job
      members.add(Vendors.member("Member " + i, "m" + i + "@" + code + ".example", "Developer", "EMPLOYEE",
          Vendors.access("wiki", "reader", "Docs"), Vendors.access("jira", "user", "Tickets")));
    }
    Instant begin = Instant.now();
    @SuppressWarnings("unchecked")
    String onboarding = Vendors.startOnboarding(http, vendorId, members.toArray(Map[]::new));

    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    jobExecutor.start();
    boolean finished;
    try {
      finished = awaitUntil(() -> history.createHistoricActivityInstanceQuery().processInstanceId(onboarding)
          .activityId(VendorOnboardingElements.TASK_SEND_ACCESS_SUMMARY).finished().count() == 1);
    } finally {
      jobExecutor.shutdown();
    }
    Duration took = Duration.between(begin, Instant.now());
    List<HistoricJobLog> failures = history.createHistoricJobLogQuery().failureLog().list().stream()
        .filter(log -> onboarding.equals(log.getRootProcessInstanceId()))
        .toList();
    long conflicts = failures.stream()
        .filter(log -> String.valueOf(log.getJobExceptionMessage()).contains("concurrently"))
        .count();
    report(String.format("%d members, %d job failures in the onboarding's cases, %d of them optimistic locking"
        + " conflicts; %s %d s after the start", MEMBERS, failures.size(), conflicts,
        finished ? "all members done and the summary sent" : "NOT finished", took.toSeconds()));
    assertThat(finished).as("the onboarding finished within ten minutes").isTrue();

    List<HistoricProcessInstance> memberCases =
        history.createHistoricProcessInstanceQuery().superProcessInstanceId(onboarding).list();
    assertThat(memberCases).hasSize(MEMBERS);
    assertThat(memberCases).allSatisfy(member -> {
      assertThat(member.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
      assertThat(member.getEndActivityId()).isEqualTo(MemberOnboardingElements.EVENT_MEMBER_ONBOARDED);
    });
    assertThat(runtime.createIncidentQuery().processInstanceId(onboarding).count()).isZero();
    assertThat(history.createHistoricIncidentQuery().processInstanceId(onboarding).count()).isZero();
    for (HistoricProcessInstance member : memberCases) {
      assertThat(history.createHistoricIncidentQuery().processInstanceId(member.getId()).count()).isZero();
    }

    // the members' Camunda users go again, so that tests listing users are not crowded out
    for (int i = 1; i <= MEMBERS; i++) {
      identity.deleteUser(code + "-m" + i);
    }
  }

  /** Waits for the job executor; false after ten minutes (a deadline against hanging, not a timing). */
  private static boolean awaitUntil(BooleanSupplier done) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      Thread.sleep(500);
    }
    return true;
  }

  private static void report(String line) throws IOException {
    System.out.println("MembersFinishTogetherIT: " + line);
    Path file = Path.of("target", "members-finish-together.txt");
    Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }
}

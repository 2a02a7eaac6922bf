package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.pmoflow.onboarding.AccessReconciliationElements;
import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.specchange.SpecChangeElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.Vendors;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The forms the other journeys do not reach, each reached the way its case really gets there (a
 * routing rule, a timer, the reconciliation, diverging scores, a PMO's question) and decided by its
 * person in Tasklist after reading the case's own words: security's additional review of an RFP
 * with personal data, the PMO's moderation of diverging scores, the PM's decision when no proposal
 * came, the requester's answer to the PMO's question, the fallback approver's decision on an
 * overdue access request, and security's review of orphaned directory access. Steps before them
 * are done over the APIs by their people. Pictures for docs/manual/rfp-preparation.md (moderation)
 * and docs/manual/spec-change-approval.md (answering the PMO's question).
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class RemainingTasksBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired InMemoryDirectoryServer ldap;

  JourneySteps steps;

  @BeforeEach
  void steps() {
    steps = new JourneySteps(browser, http, tasks, port);
  }

  // ---- rfp-preparation

  @Test
  void securityReviewsAnRfpWithPersonalDataAndThePmoModeratesDivergingScores() {
    String title = "Member loyalty programme";
    Rfp rfp = issuedAfterReviews(title, true);

    // personal data: the routing table asks security to review the RFP before it is issued
    Task review = steps.task(rfp.pi, RfpElements.TASK_ADDITIONAL_REVIEW);
    Webapps sam = steps.open(steps.tasklist("sam"), "My groups' tasks", review, "RFP-" + rfp.id + " " + title);
    assertThat(sam.page().locator(".fjs-container")).containsText(title);
    assertThat(sam.input("Requirements")).hasValue(Pattern.compile("Keeps every contact with a lead\\."));
    assertThat(sam.input("Scope")).hasValue(Pattern.compile("Personal data in scope: yes\\."));
    JourneySteps.noEngineText(sam);
    sam.claim();
    sam.fillAndComplete(() -> {
      sam.pick("Approve");
      sam.input("Comments").fill("The members' data stays in Japan.");
    });
    steps.done(review);
    Jobs.runAll(management, rfp.pi);
    assertThat(rfp(rfp.id)).containsEntry("status", "ISSUED");

    // the evaluators' totals for acme lie far apart: the PMO settles the difference
    steps.propose("victor", rfp.id, "100000", "Points card with an app, hosted in Tokyo");
    steps.propose("wendy", rfp.id, "90000", "Stamp cards on paper, scanned weekly");
    fireDeadlines(rfp);
    steps.score("evan", rfp.pi, Map.of("acme", 10, "globex", 4));
    steps.score("ella", rfp.pi, Map.of("acme", 0, "globex", 4));
    Jobs.runAll(management, rfp.pi);

    Task moderation = steps.task(rfp.pi, RfpElements.TASK_MODERATE_SCORES);
    Webapps paula = steps.open(steps.tasklist("paula"), "My groups' tasks", moderation, "RFP-" + rfp.id + " " + title);
    assertThat(paula.page().locator(".fjs-container")).containsText(title);
    assertThat(paula.input("Ranking")).hasValue(Pattern.compile("Acme Ltd \\(acme\\): [0-9.]+ points, price 100,000; the evaluators differ by"));
    assertThat(paula.input("Proposals")).hasValue(Pattern.compile("Points card with an app, hosted in Tokyo"));
    JourneySteps.noEngineText(paula);
    paula.claim();
    // no note: refused in plain words, nothing moves
    paula.complete();
    assertThat(paula.validationMessage("Moderation note")).hasText("Field is required.");
    paula.dismissNotifications();
    assertThat(tasks.createTaskQuery().taskId(moderation.getId()).count()).isEqualTo(1);
    paula.fillAndComplete(() -> {
      paula.fillKept("Moderation note", "Ella had missed the app; after talking it through both rate acme first.");
      ManualScreenshots.capture(paula.page(), "rfp-moderation", JourneySteps.masks(paula));
    });
    steps.done(moderation);
    Jobs.runAll(management, rfp.pi);
    Task award = steps.task(rfp.pi, RfpElements.TASK_AWARD, "peter");
    assertThat(award).isNotNull();
    assertThat(rfp(rfp.id).get("history").toString()).contains("Scores moderated");
  }

  @Test
  void theProjectManagerCancelsAnRfpNoVendorAnswered() {
    String title = "Warehouse barcode scanners";
    Rfp rfp = issuedAfterReviews(title, false);
    fireDeadlines(rfp);

    Task decide = steps.task(rfp.pi, RfpElements.TASK_DECIDE_NO_PROPOSALS, "peter");
    Webapps peter = steps.open(steps.tasklist("peter"), "My tasks", decide, "RFP-" + rfp.id + " " + title);
    assertThat(peter.page().locator(".fjs-container")).containsText(title);
    assertThat(peter.input("Schedule")).hasValue(Pattern.compile("Proposal deadline: 26 Mar 2040 "));
    JourneySteps.noEngineText(peter);
    // cancelling without a reason: refused in plain words, nothing moves
    peter.pick("Cancel the RFP");
    peter.complete();
    assertThat(peter.page().locator("body")).containsText("Give the reason for cancelling: the vendors are told");
    JourneySteps.noEngineText(peter);
    assertThat(tasks.createTaskQuery().taskId(decide.getId()).count()).isEqualTo(1);
    peter.dismissNotifications();
    peter.fillAndComplete(() -> {
      peter.pick("Cancel the RFP");
      peter.fillKept("Reason for cancelling", "The warehouse moves next year; we ask again then.");
    });
    steps.done(decide);
    Jobs.runAll(management, rfp.pi);
    assertThat(rfp(rfp.id)).containsEntry("status", "CANCELLED")
        .containsEntry("cancelReason", "The warehouse moves next year; we ask again then.");
  }

  record Rfp(long id, String pi) {}

  /** An RFP drafted by the PMO and approved by the PM over the API, the document generated. */
  Rfp issuedAfterReviews(String title, boolean personalData) {
    long projectId = Projects.create(http, "RT-" + Math.abs(title.hashCode()), title, 50000, "2040-06-01", "2041-03-31");
    Map<String, Object> body = new HashMap<>(RfpDraftFixture.body(projectId, title, 60,
        Instant.parse("2040-03-12T12:00:00Z"), Instant.parse("2040-03-26T12:00:00Z"), "bids@acme.example", "offers@globex.example"));
    body.put("personalData", personalData);
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    Rfp rfp = new Rfp(((Number) created.getBody().get("id")).longValue(), (String) created.getBody().get("processInstanceId"));
    steps.doAs("paula", steps.task(rfp.pi, RfpElements.TASK_DRAFT_RFP), Map.of());
    Jobs.runAll(management, rfp.pi);
    steps.doAs("peter", steps.task(rfp.pi, RfpElements.TASK_PM_REVIEW), Map.of("decision", "approve"));
    Jobs.runAll(management, rfp.pi);
    return rfp;
  }

  /** Time passes: the question and proposal deadlines' timers fire. */
  void fireDeadlines(Rfp rfp) {
    for (String deadline : List.of(RfpElements.EVENT_QUESTION_DEADLINE, RfpElements.EVENT_PROPOSAL_DEADLINE)) {
      Job timer = management.createJobQuery().processInstanceId(rfp.pi).activityId(deadline).singleResult();
      assertThat(timer).as("timer " + deadline).isNotNull();
      management.executeJob(timer.getId());
      Jobs.runAll(management, rfp.pi);
    }
  }

  Map rfp(long id) {
    return Api.as(http, "paula").getForObject("/api/rfps/" + id, Map.class);
  }

  // ---- spec-change-approval

  @Test
  void theRequesterAnswersThePmosQuestion() {
    long projectId = Projects.create(http, "RT-ANSWER", "Order portal RT-ANSWER", 250000, "2027-01-01", "2027-12-31");
    Projects.specify(http, projectId, Projects.ORDER_PORTAL_SPEC);
    Map<String, Object> body = new HashMap<>();
    body.put("projectId", projectId);
    body.put("title", "One-time code at login");
    body.put("description", "Logins from outside the office need a second factor.");
    body.put("requesterRole", "CLIENT");
    body.put("changes", List.of(Map.of("sectionKey", "UI-LOGIN", "newText", "User name\nPassword\nOne-time code\nLogin button")));
    ResponseEntity<Map> created = Api.as(http, "peter").postForEntity("/api/change-requests", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long changeId = ((Number) created.getBody().get("id")).longValue();
    String pi = (String) created.getBody().get("processInstanceId");
    Jobs.runAll(management, pi);
    steps.doAs("paula", steps.task(pi, SpecChangeElements.TASK_TRIAGE),
        Map.of("triageOutcome", "incomplete", "question", "Which users need the code: staff, external users or both?"));
    Jobs.runAll(management, pi);

    Task answer = steps.task(pi, SpecChangeElements.TASK_ANSWER_QUESTION, "peter");
    String label = "CR-" + changeId + ": One-time code at login";
    Webapps peter = steps.open(steps.tasklist("peter"), "My tasks", answer, label);
    assertThat(peter.input("Change request")).hasValue(label);
    assertThat(peter.input("What should change, and why")).hasValue(Pattern.compile("Logins from outside the office need a second factor\\."));
    assertThat(peter.input("Proposed change to the specification")).hasValue(Pattern.compile("\\+ One-time code"));
    assertThat(peter.input("Question")).hasValue("Which users need the code: staff, external users or both?");
    JourneySteps.noEngineText(peter);
    // no answer: refused in plain words, nothing moves
    peter.complete();
    assertThat(peter.validationMessage("Your answer")).hasText("Field is required.");
    peter.dismissNotifications();
    assertThat(tasks.createTaskQuery().taskId(answer.getId()).count()).isEqualTo(1);
    peter.fillAndComplete(() -> {
      peter.fillKept("Your answer", "External users only; staff log in from the office network.");
      JourneySteps.greyOut(peter.input("Change request number"));
      ManualScreenshots.capture(peter.page(), "spec-change-answer", JourneySteps.masks(peter));
    });
    steps.done(answer);
    Jobs.runAll(management, pi);

    // back to the PMO's triage, with the answer
    Task triage = steps.task(pi, SpecChangeElements.TASK_TRIAGE);
    assertThat(triage).isNotNull();
    Map request = Api.as(http, "paula").getForObject("/api/change-requests/" + changeId, Map.class);
    assertThat(request.toString()).contains("External users only; staff log in from the office network.");
  }

  // ---- vendor-member-onboarding

  @Test
  void theFallbackApproverDecidesWhenSecurityDidNotInTime() throws Exception {
    String code = "rtfb";
    long vendorId = Vendors.register(http,
        Vendors.registration(code, "Rt Fallback KK", "Lead of Rt Fallback", "2026-11-02", "2030-06-28", true));
    String onboarding = Vendors.startOnboarding(http, vendorId, Vendors.member("Yui Mori", "yui.mori@rtfb.example",
        "Developer", "EMPLOYEE", Vendors.access("vpn", "user", "Fixes the night batch from home")));
    Jobs.runAllWithCalled(management, runtime, onboarding);
    Task security = steps.task(memberCase(code, "yui.mori@rtfb.example"), MemberOnboardingElements.TASK_SECURITY_APPROVAL);

    // security does not decide in time: the escalation timer gives the request to the fallback approvers
    Job overdue = management.createJobQuery().processInstanceId(security.getProcessInstanceId())
        .activityId(MemberOnboardingElements.EVENT_APPROVAL_OVERDUE).timers().singleResult();
    assertThat(overdue).as("approval overdue timer").isNotNull();
    management.executeJob(overdue.getId());
    Task fallback = steps.task(security.getProcessInstanceId(), MemberOnboardingElements.TASK_FALLBACK_APPROVAL);

    Webapps demo = steps.open(steps.tasklist("demo"), "My groups' tasks", fallback, "Yui Mori");
    assertThat(demo.input("Member")).hasValue(Pattern.compile("^Yui Mori, yui\\.mori@rtfb\\.example"));
    assertThat(demo.input("Vendor")).hasValue(Pattern.compile("^Rt Fallback KK, contract C-rtfb ends on 2030-06-28"));
    assertThat(demo.input("Access asked for")).hasValue(Pattern.compile("^VPN / VPN user \\(vpn/user\\): "));
    assertThat(demo.input("Justification")).hasValue("Fixes the night batch from home");
    JourneySteps.noEngineText(demo);
    demo.claim();
    // a rejection without a reason: refused in plain words, nothing moves
    demo.pick("Reject");
    demo.complete();
    assertThat(demo.refusalAt("Reason")).containsText("Reason: needed for the choice you made");
    demo.dismissNotifications();
    assertThat(tasks.createTaskQuery().taskId(fallback.getId()).count()).isEqualTo(1);
    demo.fillAndComplete(() -> {
      demo.pick("Reject");
      demo.fillKept("Reason", "Nobody from security has vouched for this yet; ask again when they are back.");
    });
    steps.done(fallback);
    Jobs.runAllWithCalled(management, runtime, onboarding);

    // the decision is the fallback approver's, with the reason; no account is made
    Map access = Api.as(http, "paula").getForObject("/api/vendors/" + vendorId + "/access", Map.class);
    Map grant = (Map) ((List<Map>) ((List<Map>) access.get("members")).get(0).get("grants")).get(0);
    assertThat(grant).containsEntry("status", "REJECTED").containsEntry("decidedBy", "demo")
        .containsEntry("decisionReason", "Nobody from security has vouched for this yet; ask again when they are back.");
    assertThat(ldap.getEntry("uid=rtfb-yui.mori,ou=people,dc=pmoflow,dc=example")).isNull();
  }

  String memberCase(String vendor, String email) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(vendor + "/" + email).singleResult().getId();
  }

  // ---- access-reconciliation

  @Test
  void securityReviewsAnAccountNoGrantExplains() throws Exception {
    String orphan = "rt-left-over";
    ldap.add("dn: uid=" + orphan + ",ou=people,dc=pmoflow,dc=example", "objectClass: inetOrgPerson", "uid: " + orphan,
        "cn: Left Over", "sn: Over", "mail: " + orphan + "@old.example", "employeeType: vendor");
    ResponseEntity<Map> started = Api.as(http, "sam").postForEntity("/api/access-reconciliations", null, Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String pi = (String) started.getBody().get("processInstanceId");
    Jobs.runAll(management, pi);

    Task review = steps.task(pi, AccessReconciliationElements.TASK_REVIEW_ORPHANS);
    Webapps sam = steps.open(steps.tasklist("sam"), "My groups' tasks", review, "Review orphaned access");
    assertThat(sam.input("Orphans")).hasValue(Pattern.compile("account " + orphan + " \\(" + orphan + "@old\\.example\\)"));
    JourneySteps.noEngineText(sam);
    sam.claim();
    // nothing written: refused in plain words, nothing moves
    sam.complete();
    assertThat(sam.validationMessage("What you did")).hasText("Field is required.");
    sam.dismissNotifications();
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    sam.fillAndComplete(() -> sam.fillKept("What you did", "Left over from the 2025 contract; removed in the directory."));
    steps.done(review);
    Jobs.runAll(management, pi);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }
}

package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pmoflow.specchange.SpecChangeElements.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The approvals of a spec change that {@link SpecChangeBrowserIT} does not walk, each by its person
 * in Tasklist: the project manager approves a small change; the sponsor approves a costly one after
 * the board (the routing table's rules R3 and R6) and the PMO prepares the contract amendment; the
 * project manager approves an emergency at once and the board reviews it afterwards and rolls it
 * back. Every decision form shows, before the decision, the request's title, a line of its diff, the
 * impact and the rule that routed it, and no engine text. The steps before the approvals (triage,
 * impact analysis, the board's vote) are walked in SpecChangeBrowserIT; here they are done over the
 * engine's REST API by their people. Pictures for docs/manual/spec-change-approval.md.
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class SpecChangeApprovalsBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  JourneySteps steps;

  @BeforeEach
  void steps() {
    steps = new JourneySteps(browser, http, tasks, port);
  }

  @Test
  void theProjectManagerApprovesASmallChange() {
    long projectId = project("SCA-SMALL");
    Change change = submit(projectId, "Order number on the confirmation", "FUN-ORDER",
        "Enter an order\nConfirm it\nShow the order number");
    triage(change, "normal");
    analyse(change, 2, 3000, false);

    Task approval = steps.task(change.pi, TASK_PM_APPROVAL, "peter");
    Webapps peter = steps.open(steps.tasklist("peter"), "My tasks", approval, change.label());
    showsTheRequest(peter, change, "+ Show the order number");
    assertThat(peter.input("Impact as analysed by the PMO")).hasValue(Pattern.compile("cost 3000, delay 0 days, risk low"));
    assertThat(peter.input("Decisions so far")).hasValue(Pattern.compile("R2 cost up to 5,000 and no delay: project manager"));
    decide(peter, approval, "Approve", "Customers ask for it every day.", "spec-change-pm-approval");

    Map request = changeRequest(change.id);
    assertThat(request.get("status")).isIn("APPROVED", "CLOSED");
    assertThat(request).containsEntry("resultingVersion", 2);
    assertThat((List<Map>) request.get("trail")).anySatisfy(e ->
        assertThat(e).containsEntry("actor", "peter").containsEntry("comment", "Customers ask for it every day."));
  }

  @Test
  void theSponsorApprovesACostlyChangeAfterTheBoardAndThePmoAmendsTheContract() {
    long projectId = project("SCA-COSTLY");
    Change change = submit(projectId, "Orders by phone", "FUN-ORDER", "Enter an order\nTake orders by phone\nConfirm it");
    triage(change, "normal");
    analyse(change, 40, 60000, false);
    for (String member : List.of("carla", "colin")) {
      steps.doAs(member, steps.task(change.pi, TASK_BOARD_VOTE, member), Map.of("vote", "approve", "comment", member + " agrees"));
    }
    Jobs.runAll(management, change.pi);

    // above 50,000 the sponsor approves as well: the group's task, claimed by one of them
    Task approval = steps.task(change.pi, TASK_SPONSOR_APPROVAL);
    Webapps sophia = steps.open(steps.tasklist("sophia"), "My groups' tasks", approval, change.label());
    showsTheRequest(sophia, change, "+ Take orders by phone");
    assertThat(sophia.input("Impact as analysed by the PMO")).hasValue(Pattern.compile("cost 60000"));
    assertThat(sophia.input("Decisions so far")).hasValue(Pattern.compile(
        "R3 cost above 5,000: change board; R6 cost above 50,000: sponsor as well.*\\(carla\\)", Pattern.DOTALL));
    sophia.claim();
    decide(sophia, approval, "Approve", "Phone orders are a third of our sales.", "spec-change-sponsor-approval");
    assertThat(changeRequest(change.id)).containsEntry("status", "APPROVED").containsEntry("resultingVersion", 2);

    // the cost moves: the PMO prepares the contract amendment, reading what was approved and by whom
    Task amendment = steps.task(change.pi, TASK_CONTRACT_AMENDMENT);
    Webapps paula = steps.open(steps.tasklist("paula"), "My groups' tasks", amendment, change.label());
    showsTheRequest(paula, change, "+ Take orders by phone");
    assertThat(paula.input("Decisions so far")).hasValue(Pattern.compile("\\(sophia\\) — Phone orders are a third of our sales\\."));
    paula.claim();
    paula.fillAndComplete(() -> {
      paula.input("Amendment reference").fill("AM-2027-04");
      paula.input("Comment").fill("Sent to the vendor for signature.");
      // the amendment's own fields, at the form's end: the approved cost and delay, the reference
      ManualScreenshots.capture(paula.scrollTaskToEnd().page(), "spec-change-contract-amendment", JourneySteps.changeRequestMasks(paula));
    });
    steps.done(amendment);
    Jobs.runAll(management, change.pi);
    assertThat(changeRequest(change.id)).containsEntry("status", "CLOSED");
  }

  @Test
  void anEmergencyIsApprovedAtOnceAndTheBoardRollsItBack() {
    long projectId = project("SCA-EMERGENCY");
    Change change = submit(projectId, "Stop confirming failed orders", "FUN-ORDER",
        "Enter an order\nConfirm it only once it is paid");
    triage(change, "emergency");

    Task approval = steps.task(change.pi, TASK_PM_EMERGENCY_APPROVAL, "peter");
    Webapps peter = steps.open(steps.tasklist("peter"), "My tasks", approval, change.label());
    showsTheRequest(peter, change, "+ Confirm it only once it is paid");
    assertThat(peter.shownChoice("Type of change")).hasText("Emergency");
    decide(peter, approval, "Approve at once", "Customers are charged twice.", "spec-change-emergency-approval");
    assertThat(spec(projectId)).containsEntry("currentVersion", 2);

    // the board reviews what is already in force, with the baseline it wrote
    Task review = steps.task(change.pi, TASK_EMERGENCY_BOARD_REVIEW);
    Webapps carla = steps.open(steps.tasklist("carla"), "My groups' tasks", review, change.label());
    showsTheRequest(carla, change, "+ Confirm it only once it is paid");
    assertThat(carla.input("Baseline written")).hasValue("2");
    assertThat(carla.input("Decisions so far")).hasValue(Pattern.compile("\\(peter\\) — Customers are charged twice\\."));
    carla.claim();
    decide(carla, review, "Roll it back", "Payment checks belong in the payment service.", "spec-change-emergency-review");

    assertThat(changeRequest(change.id)).containsEntry("status", "ROLLED_BACK");
    Map order = ((List<Map>) spec(projectId).get("sections")).stream()
        .filter(s -> "FUN-ORDER".equals(s.get("key"))).findFirst().orElseThrow();
    assertThat(order.get("text")).isEqualTo("Enter an order\nConfirm it");
  }

  // ---- helpers

  /** A change request: its id, process instance and title. */
  record Change(long id, String pi, String title) {
    String label() {
      return "CR-" + id + ": " + title;
    }
  }

  /**
   * The form shows, read-only above the decision, the request's key and title, its description, a
   * line of its diff and who asked; the list names the case; no engine text reaches the person.
   */
  void showsTheRequest(Webapps person, Change change, String diffLine) {
    assertThat(person.input("Change request")).hasValue(change.label());
    assertThat(person.input("Proposed change to the specification"))
        .hasValue(Pattern.compile(diffLine.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0")));
    assertThat(person.input("What should change, and why")).hasValue(Pattern.compile("^The client asked for it\\."));
    assertThat(person.input("Requested by")).hasValue("paula, on behalf of the client");
    JourneySteps.noEngineText(person);
  }

  /** The person decides, with a comment, and the picture is taken ({@link JourneySteps#decide}); what follows runs. */
  void decide(Webapps person, Task task, String choice, String comment, String picture) {
    steps.decide(person, task, choice, comment, picture);
    Jobs.runAll(management, task.getProcessInstanceId());
  }

  long project(String code) {
    return Projects.specified(http, code, "Order portal " + code, Projects.ORDER_PORTAL_SPEC);
  }

  /** The PMO records a change the client asked for (the start form is walked in SpecChangeBrowserIT). */
  Change submit(long projectId, String title, String section, String newText) {
    Map created = steps.requestChange("paula", projectId, title, "The client asked for it.", "Customers complain.", section, newText);
    String pi = (String) created.get("processInstanceId");
    Jobs.runAll(management, pi);
    return new Change(((Number) created.get("id")).longValue(), pi, title);
  }

  void triage(Change change, String type) {
    steps.doAs("paula", steps.task(change.pi, TASK_TRIAGE),
        Map.of("triageOutcome", "complete", "changeType", type, "needsVendorEstimate", false));
    Jobs.runAll(management, change.pi);
  }

  void analyse(Change change, int effortDays, int cost, boolean contractChange) {
    steps.doAs("paula", steps.task(change.pi, TASK_IMPACT_ANALYSIS), Map.of("effortDays", effortDays, "cost", cost,
        "delayDays", 0, "risk", "low", "contractChange", contractChange, "deliverables", "FUN-ORDER; order screens"));
    Jobs.runAll(management, change.pi);
  }

  Map changeRequest(long id) {
    return Api.as(http, "paula").getForObject("/api/change-requests/" + id, Map.class);
  }

  Map spec(long projectId) {
    return Api.as(http, "paula").getForObject("/api/projects/" + projectId + "/spec", Map.class);
  }
}

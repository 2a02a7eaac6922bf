package io.pmoflow.browser;

import static io.pmoflow.specchange.SpecChangeElements.*;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * A change to the specification as the people concerned do it in Tasklist: the project manager
 * asks for it, the PMO triages and analyses it, the vendor estimates it, the change board votes,
 * the PMO re-verifies the manual. The pictures illustrate docs/manual/spec-change-approval.md.
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class SpecChangeBrowserIT {

  static final String PROCESS = "Spec-change approval";

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  long projectId;

  @BeforeEach
  void projectWithSpecification() {
    String code = "SCB-" + ThreadLocalRandom.current().nextInt(100000, 999999);
    projectId = Projects.create(http, code, "Order portal " + code, 250000, "2027-01-01", "2027-12-31");
    Projects.specify(http, projectId, Projects.ORDER_PORTAL_SPEC);
  }

  @Test
  void eachRoleTakesAChangeRequestToANewBaselineInTasklist() {
    // the project manager asks for the change from the Tasklist start form
    Webapps peter = tasklist("peter");
    peter.startProcess(PROCESS);
    // the form says in plain words what it refuses, under the field, and does not start
    peter.input("Title").focus();
    peter.input("What should change").focus(); // leaves Title empty
    peter.input("Project number").fill("0");
    assertThat(peter.validationMessage("Title")).hasText("Field is required.");
    assertThat(peter.validationMessage("Project number")).hasText("Field must have minimum value of 1.");
    assertThat(peter.startButton()).isDisabled();
    fillStartForm(peter, "One-time code at login");
    assertThat(peter.validationMessages()).hasCount(0);
    assertThat(peter.startButton()).isEnabled();
    // the dialog covers the task list: only the counters and the project number vary here
    ManualScreenshots.capture(peter.page(), "spec-change-start-form", peter.page().locator(".task-filter .counter"), peter.input("Project number"));
    // an unknown project: Tasklist says which field and why, in plain words, and nothing starts
    peter.fillKept("Project number", "987654321");
    peter.submitStartForm();
    assertThat(peter.notifications().first()).containsText("Project number: no project with id 987654321");
    // under the field it names, in the start dialog, and what was typed is still there
    assertThat(peter.refusalAt("Project number")).hasText("Project number: no project with id 987654321");
    assertThat(peter.input("Title")).hasValue("One-time code at login");
    assertThat(peter.page().locator("body")).not().containsText("ENGINE-");
    assertThat(peter.page().locator("body")).not().containsText("invalid fields");
    peter.dismissNotifications();
    peter.fillKept("Project number", String.valueOf(projectId));
    assertThat(peter.refusalsAtFields()).hasCount(0);
    peter.submitStartForm();
    assertThat(peter.page().locator(".modal-dialog")).isHidden();
    String pi = startedBy("peter");
    Jobs.runAll(management, pi);
    long id = ((Number) runtime.getVariable(pi, "changeRequestId")).longValue();
    // after the start: the request's key and its readable page
    assertThat(peter.startedCase()).containsText("Started: CR-" + id);
    assertThat(peter.startedCase().locator("a").first()).hasAttribute("href",
        java.util.regex.Pattern.compile("^http.*/api/change-requests/" + id + "$"));
    peter.closeStartedCase();
    assertThat(changeRequest(id)).containsEntry("status", "IN_TRIAGE").containsEntry("requester", "peter");

    // the PMO finds the triage task among her groups' tasks, claims it and classifies the request
    Webapps paula = tasklist("paula").openFilter("My groups' tasks");
    paula.openTaskById(task(pi, TASK_TRIAGE).getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey())
        .isEqualTo("CR-" + id);
    caseLabel = "CR-" + id + ": One-time code at login";
    showsTheRequest(paula, task(pi, TASK_TRIAGE).getId());
    assertThat(paula.input("Requested by")).hasValue("peter, on behalf of the client");
    assertThat(paula.input("Change request number")).hasValue(String.valueOf(id));
    ManualScreenshots.capture(paula.page(), "spec-change-triage-task", masks(paula, paula.input("Change request number")));
    paula.claim();
    // "Incomplete" shows the question to the requester, which must then be asked; paula thinks again
    paula.pick("Incomplete: ask the requester");
    paula.complete();
    assertThat(paula.refusalAt("Question to the requester"))
        .containsText("Question to the requester: needed for the choice you made");
    assertThat(changeRequest(id)).containsEntry("status", "IN_TRIAGE");
    paula.dismissNotifications();
    paula.pick("Complete");
    assertThat(paula.refusalsAtFields()).hasCount(0);
    assertThat(paula.completeButton()).isEnabled();
    paula.pick("Normal");
    paula.input("Touches delivered work: ask the vendor for an estimate").check();
    paula.input("Comment").fill("Clear and complete; acme built the login screen.");
    ManualScreenshots.capture(paula.page(), "spec-change-triage-filled", masks(paula, paula.input("Change request number")));
    completed(paula);
    assertThat(paula.page().locator(".task-details .fjs-container")).isHidden();

    // another vendor's staff do not see the estimate asked of acme: not in Tasklist, not over REST
    String estimate = task(pi, TASK_VENDOR_ESTIMATE).getId();
    Webapps wendy = tasklist("wendy");
    // "My tasks" first: the tooltip of "My groups' tasks", shown while the mouse rests on it, covers "My tasks"
    for (String list : List.of("My tasks", "My groups' tasks")) {
      assertThat(wendy.openFilterAndWaitForList(list).taskLink(estimate)).hasCount(0);
    }
    ResponseEntity<String> asWendy = Api.as(http, "wendy").getForEntity("/engine-rest/task/" + estimate, String.class);
    assertThat(asWendy.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(asWendy.getBody()).contains("No matching task with id " + estimate);
    assertThat(Api.as(http, "victor").getForEntity("/engine-rest/task/" + estimate, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // the vendor estimates the change to its delivered work
    Webapps victor = tasklist("victor").openFilter("My groups' tasks");
    victor.openTaskById(estimate);
    showsTheRequest(victor, estimate);
    assertThat(victor.page().getByText("Decisions so far")).hasCount(0);
    victor.claim();
    victor.input("Cost").fill("18000");
    victor.input("Assumptions").fill("Uses the existing SMS gateway.");
    victor.input("Effort (person-days)").fill("-5");
    assertThat(victor.validationMessage("Effort (person-days)")).hasText("Field must have minimum value of 0.");
    assertThat(victor.completeButton()).isDisabled();
    ManualScreenshots.capture(victor.page(), "spec-change-validation", masks(victor, victor.input("Change request number")));
    victor.input("Effort (person-days)").fill("12");
    assertThat(victor.validationMessages()).hasCount(0);
    assertThat(victor.completeButton()).isEnabled();
    ManualScreenshots.capture(victor.page(), "spec-change-vendor-estimate", masks(victor, victor.input("Change request number")));
    completed(victor);

    // the PMO analyses the impact: the cost sends it to the change board
    paula.openFilter("My groups' tasks").openTaskById(task(pi, TASK_IMPACT_ANALYSIS).getId());
    showsTheRequest(paula, task(pi, TASK_IMPACT_ANALYSIS).getId());
    assertThat(paula.input("The vendor's estimate")).hasValue("acme: 12 person-days, cost 18000");
    paula.claim();
    paula.input("Effort (person-days)").fill("15");
    paula.input("Cost").fill("20000");
    paula.input("Schedule delay (days)").fill("0");
    paula.choose("Risk", "Medium");
    paula.input("Affected sections and deliverables").fill("UI-LOGIN; login screen, user guide");
    ManualScreenshots.capture(paula.page(), "spec-change-impact", masks(paula, paula.input("Change request number")));
    completed(paula);
    Jobs.runAll(management, pi);
    assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(TASK_BOARD_VOTE).list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder("carla", "colin", "cleo");

    // two of the three board members approve: the majority is certain, the third vote is not needed
    Webapps carla = tasklist("carla").openFilter("My tasks");
    carla.openTaskById(task(pi, TASK_BOARD_VOTE, "carla").getId());
    showsTheRequest(carla, task(pi, TASK_BOARD_VOTE, "carla").getId());
    assertThat(carla.input("Impact as analysed by the PMO")).hasValue(java.util.regex.Pattern.compile(".*cost 20000.*", java.util.regex.Pattern.DOTALL));
    carla.pick("Approve");
    carla.input("Comment").fill("Worth it for the audit.");
    ManualScreenshots.capture(carla.page(), "spec-change-board-vote", masks(carla, carla.input("Change request number")));
    completed(carla);
    Webapps colin = tasklist("colin").openFilter("My tasks");
    colin.openTaskById(task(pi, TASK_BOARD_VOTE, "colin").getId());
    colin.pick("Approve");
    completed(colin);
    assertThat(colin.page().locator(".task-details .fjs-container")).isHidden();
    Jobs.runAll(management, pi);

    Map spec = Api.as(http, "peter").getForObject("/api/projects/" + projectId + "/spec", Map.class);
    assertThat(spec).containsEntry("currentVersion", 2);
    Map login = ((List<Map>) spec.get("sections")).stream().filter(s -> "UI-LOGIN".equals(s.get("key"))).findFirst().orElseThrow();
    assertThat((String) login.get("text")).contains("One-time code");
    assertThat(changeRequest(id)).containsEntry("status", "APPROVED").containsEntry("resultingVersion", 2);

    // the cost moves: the PMO prepares the contract amendment
    paula.openFilter("My groups' tasks").openTaskById(task(pi, TASK_CONTRACT_AMENDMENT).getId());
    showsTheRequest(paula, task(pi, TASK_CONTRACT_AMENDMENT).getId());
    paula.claim();
    paula.input("Amendment reference").fill("AM-2027-01");
    completed(paula);

    // the login screen changed: the manual section showing it is re-verified and approved
    paula.openFilter("My groups' tasks").openTaskById(task(pi, TASK_REVERIFY_MANUAL).getId());
    showsTheRequest(paula, task(pi, TASK_REVERIFY_MANUAL).getId());
    assertThat(paula.input("Manual section")).hasValue("MAN-LOGIN: Logging in");
    paula.claim();
    paula.input("I re-took every screenshot of this section").check();
    paula.input("Every step of the section matches the new screens").check();
    ManualScreenshots.capture(paula.page(), "spec-change-reverify-manual", masks(paula.scrollTaskToEnd()));
    completed(paula);
    // four eyes: paula re-verified the section, so her approval is refused in plain words
    String approval = task(pi, TASK_APPROVE_REVERIFICATION).getId();
    paula.openFilter("My groups' tasks").openTaskById(approval).claim();
    paula.input("The screenshots and steps match the new screens").check();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> completed(paula))
        .hasMessageContaining("another PMO member must approve the re-verification");
    assertThat(paula.notifications().first()).containsText("another PMO member must approve the re-verification");
    assertThat(paula.page().locator("body")).not().containsText("ENGINE-");
    tasks.setAssignee(approval, null); // paula hands it back
    Webapps pia = tasklist(SECOND_PMO).openFilter("My groups' tasks");
    pia.openTaskById(approval);
    showsTheRequest(pia, approval);
    pia.claim();
    pia.input("The screenshots and steps match the new screens").check();
    ManualScreenshots.capture(pia.page(), "spec-change-approve-reverification", masks(pia.scrollTaskToEnd(), pia.input("Change request number")));
    completed(pia);
    assertThat(pia.page().locator(".task-details .fjs-container")).isHidden();

    Map done = changeRequest(id);
    assertThat(done).containsEntry("status", "CLOSED").containsEntry("resultingVersion", 2);
    assertThat((List<Map>) done.get("trail")).filteredOn(e -> "Vote on the change (board)".equals(e.get("step")))
        .extracting(e -> e.get("actor")).containsExactlyInAnyOrder("carla", "colin");
    assertThat((List<Map>) done.get("trail")).extracting(e -> e.get("actor")).contains("peter", "paula", "victor", SECOND_PMO);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }

  // ---- helpers

  /** A second PMO member: the one who re-verified a manual section does not approve it (four eyes). */
  static final String SECOND_PMO = io.pmoflow.support.TestUsers.SECOND_PMO;

  String caseLabel;

  @BeforeEach
  void secondPmoMember() {
    io.pmoflow.support.TestUsers.secondPmoMember(identity);
  }

  /**
   * The open form shows the request's own words before the decision (its key and title, a line of
   * its diff), the task list names the case, and no engine code reaches the person.
   */
  void showsTheRequest(Webapps person, String taskId) {
    assertThat(person.taskLink(taskId).first()).containsText(caseLabel);
    assertThat(person.input("Change request")).hasValue(caseLabel);
    assertThat(person.input("Proposed change to the specification"))
        .hasValue(java.util.regex.Pattern.compile(".*\\+ One-time code.*", java.util.regex.Pattern.DOTALL));
    assertThat(person.page().locator("body")).not().containsText("ENGINE-");
  }

  /** Completes the open task and waits until the engine has it. */
  static void completed(Webapps person) {
    person.completeTask();
  }

  void fillStartForm(Webapps person, String title) {
    person.choose("On behalf of", "Client");
    person.pick("Normal");
    person.fillKept("Project number", String.valueOf(projectId));
    person.fillKept("Title", title);
    person.fillKept("What should change", "Ask external users for a one-time code after the password.");
    person.fillKept("Why", "The security audit asks for two factors.");
    person.fillKept("Vendor (code)", "acme");
    person.fillKept("Section to change", "UI-LOGIN");
    person.fillKept("New text of the section", "User name\nPassword\nOne-time code\nLogin button");
  }

  Webapps tasklist(String user) {
    return new Webapps(browser.newPage(), "http://localhost:" + port).login("tasklist", user).waitForFilters();
  }

  /** What varies in a Tasklist picture: counters, times, and the task list itself (shared with other tests). */
  Locator[] masks(Webapps person, Locator... more) {
    return person.volatilePartsAndTaskList(more);
  }

  String startedBy(String user) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("spec-change-approval")
        .startedBy(user).orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getId();
  }

  /**
   * The task, once the engine has it: Tasklist closes a completed task's form as soon as it has
   * sent the completion, so the next task may be a moment behind.
   */
  Task task(String pi, String key) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    Task task;
    while ((task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult()) == null
        && Instant.now().isBefore(deadline)) {
      sleep(200);
    }
    if (task == null) {
      throw new AssertionError("No task " + key + " in 20 s; the instance waits at "
          + tasks.createTaskQuery().processInstanceId(pi).list().stream().map(Task::getTaskDefinitionKey).toList()
          + " with " + runtime.getVariables(pi));
    }
    return task;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Task task(String pi, String key, String assignee) {
    Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).taskAssignee(assignee).singleResult();
    assertThat(task).as(key + " of " + assignee).isNotNull();
    return task;
  }

  Map changeRequest(long id) {
    ResponseEntity<Map> response = Api.as(http, "paula").getForEntity("/api/change-requests/" + id, Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}

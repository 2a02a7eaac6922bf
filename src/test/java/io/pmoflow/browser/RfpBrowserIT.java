package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An RFP as the people concerned do it in Tasklist: the PMO drafts it (typing lists one item per
 * line), the PM reviews it, the PMO answers a vendor's question, two evaluators score the
 * proposals, the PM awards. Vendors ask and propose over REST, as the issue wants. The pictures
 * illustrate docs/manual/rfp-preparation.md.
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class RfpBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  /**
   * The links in the forms start with pmoflow.base-url: the server listens on a port chosen here,
   * and the base URL names it, so the document link is clicked as a person would click it.
   */
  @DynamicPropertySource
  static void publicAddress(DynamicPropertyRegistry registry) throws IOException {
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }
    registry.add("server.port", () -> free);
    registry.add("pmoflow.base-url", () -> "http://localhost:" + free);
  }

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  void fromDraftToAwardInTasklist() {
    long rfpId = draftedOverRest();
    String pi = (String) rfp(rfpId).get("processInstanceId");

    // the PMO opens the draft: the lists are there, one item per line
    Webapps paula = tasklist("paula").openFilter("My groups' tasks");
    paula.openTaskById(task(pi, RfpElements.TASK_DRAFT_RFP).getId()).claim();
    assertThat(paula.input("Requirements (at least one MUST)")).hasValue(
        "F-01 | MUST | functional | Keeps every contact with a lead.\nNF-01 | SHOULD | non-functional | Answers within two seconds.");
    assertThat(paula.input("Invited vendors")).hasValue(
        "acme | Acme Ltd | bids@acme.example\nglobex | Globex Inc | offers@globex.example");

    // a weight typed wrong: the draft is refused with the reason, and nothing moves on
    paula.input("Requirements (at least one MUST)").fill(
        "F-01 | MUST | functional | Keeps every contact with a lead.\n"
            + "F-02 | MUST | functional | Imports the sales spreadsheets.\n"
            + "NF-01 | SHOULD | non-functional | Answers within two seconds.");
    paula.input("Evaluation criteria (weights sum to 100)").fill("Price | 60\nApproach | 30");
    paula.complete();
    // the rule in plain words under the field it names (Tasklist's own box says it too), no engine
    // code, no task id, no listener anywhere on the page
    assertThat(paula.refusalAt("Evaluation criteria (weights sum to 100)"))
        .containsText("Evaluation criteria weights must sum to 100 but sum to 90");
    assertThat(paula.input("Evaluation criteria (weights sum to 100)")).isFocused();
    assertThat(paula.input("Evaluation criteria (weights sum to 100)")).hasAttribute("aria-invalid", "true");
    assertThat(paula.page().locator("body")).not().containsText("ENGINE-");
    assertThat(paula.page().locator("body")).not().containsText("Cannot submit task form");
    paula.dismissNotifications();
    ManualScreenshots.capture(paula.page(), "rfp-draft-refused", masks(paula));
    assertThat(task(pi, RfpElements.TASK_DRAFT_RFP).getId()).isNotNull();
    // what was typed is still in the form after the refusal: correct it, do not type it again
    assertThat(paula.input("Evaluation criteria (weights sum to 100)")).hasValue("Price | 60\nApproach | 30");
    assertThat(paula.input("Requirements (at least one MUST)")).hasValue(Pattern.compile("F-02 \\| MUST"));
    // and after a reload too: the refused values were kept in this browser as Tasklist's "Save" keeps them
    paula.reloadTask();
    assertThat(paula.input("Evaluation criteria (weights sum to 100)")).hasValue("Price | 60\nApproach | 30");
    assertThat(paula.input("Requirements (at least one MUST)")).hasValue(Pattern.compile("F-02 \\| MUST"));
    // editing the field takes its message away
    paula.dismissNotifications();
    paula.complete();
    assertThat(paula.refusalAt("Evaluation criteria (weights sum to 100)")).isVisible();
    paula.input("Evaluation criteria (weights sum to 100)").fill("Price | 60\nApproach | 35");
    assertThat(paula.refusalsAtFields()).hasCount(0);

    paula.dismissNotifications();
    paula.fillAndComplete(() -> {
      paula.input("Requirements (at least one MUST)").fill(
          "F-01 | MUST | functional | Keeps every contact with a lead.\n"
              + "F-02 | MUST | functional | Imports the sales spreadsheets.\n"
              + "NF-01 | SHOULD | non-functional | Answers within two seconds.");
      paula.input("Evaluation criteria (weights sum to 100)").fill("Price | 60\nApproach | 40");
      ManualScreenshots.capture(paula.page(), "rfp-draft", masks(paula));
    });
    Jobs.runAll(management, pi);
    assertThat((List<Map>) rfp(rfpId).get("requirements")).extracting(r -> r.get("id")).containsExactly("F-01", "F-02", "NF-01");

    // the PM reads the RFP itself before deciding: its title, its requirements, its document
    Webapps peter = tasklist("peter").openFilter("My tasks");
    Task pmReview = task(pi, RfpElements.TASK_PM_REVIEW);
    assertThat(pmReview.getName()).isEqualTo("Review the RFP: RFP-" + rfpId + " Customer relationship system (PM)");
    assertThat(peter.taskLink(pmReview.getId()).first()).containsText("RFP-" + rfpId + " Customer relationship system");
    peter.openTaskById(pmReview.getId());
    assertThat(peter.page().locator(".fjs-container")).containsText("Customer relationship system");
    assertThat(peter.input("Requirements")).hasValue(Pattern.compile("F-02 MUST \\(functional\\): Imports the sales spreadsheets\\."));
    assertThat(peter.input("Evaluation criteria and weights")).hasValue("Price: 60%\nApproach: 40%");
    assertThat(peter.input("Invited vendors")).hasValue(Pattern.compile("Acme Ltd \\(acme\\)"));
    ManualScreenshots.capture(peter.page(), "rfp-pm-review-rfp", masks(peter));
    opensThePdfWithOneClick(peter.page(), rfpId);
    peter.fillAndComplete(() -> {
      peter.pick("Approve");
      ManualScreenshots.capture(peter.page(), "rfp-pm-review", masks(peter));
    });
    Jobs.runAll(management, pi);
    assertThat(rfp(rfpId)).containsEntry("status", "ISSUED");

    // a vendor asks; the PMO answers in Tasklist, and the answer goes to every vendor
    assertThat(Api.as(http, "victor").postForEntity("/api/rfps/" + rfpId + "/questions",
        Map.of("question", "May we propose a cloud service?"), Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    paula.openFilter("My groups' tasks").openTaskById(task(pi, RfpElements.TASK_ANSWER_QUESTION).getId()).claim();
    assertThat(paula.input("Question")).hasValue("May we propose a cloud service?");
    assertThat(paula.input("Asked by")).hasValue(Pattern.compile("^Acme Ltd \\(acme\\), victor"));
    paula.fillAndComplete(() -> {
      paula.input("Answer").fill("Yes, if it is hosted in the EU.");
      ManualScreenshots.capture(paula.page(), "rfp-answer-question", masks(paula));
    });
    Jobs.runAll(management, pi);

    // both vendors propose; the deadlines pass
    propose("victor", rfpId, "100000", "Hosted CRM in the EU, live in eight weeks");
    propose("wendy", rfpId, "90000", "On-premises CRM with two weeks of training");
    // time passes: the deadlines lie behind (the proposals were sealed until then)
    jdbc.update("update rfp set question_deadline = ?, proposal_deadline = ? where id = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(7200)), java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), rfpId);
    runTimer(pi, RfpElements.EVENT_QUESTION_DEADLINE);
    runTimer(pi, RfpElements.EVENT_PROPOSAL_DEADLINE);

    // each evaluator declares no conflict and scores on their own sheet
    score("evan", pi, Map.of("acme", List.of(8, 9), "globex", List.of(6, 5)), true);
    score("ella", pi, Map.of("acme", List.of(7, 8), "globex", List.of(6, 6)), false);
    Jobs.runAll(management, pi);

    // the PM sees the ranking and awards the top-ranked vendor (pre-selected)
    peter.openFilter("My tasks").openTaskById(task(pi, RfpElements.TASK_AWARD).getId());
    assertThat(peter.input("Ranking")).hasValue(Pattern.compile("^1\\. Acme Ltd \\(acme\\): [0-9.]+ points, price 100,000"));
    assertThat(peter.input("Moderation note")).hasValue("The scores needed no moderation.");
    assertThat(peter.input("Proposals")).hasValue(Pattern.compile("On-premises CRM with two weeks of training"));
    // another vendor than the top-ranked needs a written justification: refused under that field
    peter.choose("Vendor to award", "Globex");
    peter.complete();
    assertThat(peter.refusalAt("Justification"))
        .containsText("Justification: awarding globex instead of the top-ranked acme needs a written justification");
    assertThat(peter.page().locator("body")).not().containsText("ENGINE-");
    // the PM thinks again: forgets what this browser kept of the refused form and starts over
    peter.page().evaluate("Object.keys(localStorage).filter(k => k.startsWith('camunda-form:')).forEach(k => localStorage.removeItem(k))");
    peter.reloadTask();
    peter.fillAndComplete(() -> ManualScreenshots.capture(peter.page(), "rfp-award", masks(peter)));
    Jobs.runAll(management, pi);

    Map view = rfp(rfpId);
    assertThat(view).containsEntry("status", "AWARDED").containsEntry("awardedVendor", "acme");
    assertThat(view.get("history").toString()).contains("Draft completed", "Question answered", "Awarded to acme");
  }

  // ---- helpers

  /** The evaluator fills the score sheet: a score after the second | of each line. */
  void score(String evaluator, String pi, Map<String, List<Integer>> byVendor, boolean picture) {
    Webapps person = tasklist(evaluator).openFilter("My tasks");
    Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(RfpElements.TASK_SCORE_PROPOSALS).taskAssignee(evaluator).singleResult();
    person.openTaskById(task.getId());
    // the evaluator scores proposals, not vendor codes: each one's price and summary are on the form
    assertThat(person.input("Proposals")).hasValue(Pattern.compile(
        "Acme Ltd \\(acme\\)\\n  Price: 100,000\\n  Summary: Hosted CRM in the EU, live in eight weeks\\n  Files: proposal.pdf \\("));
    assertThat(person.input("Requirements")).hasValue(Pattern.compile("F-01 MUST \\(functional\\)"));
    if (picture) {
      // the evaluator opens a proposal's file from the score sheet, with the Tasklist login
      Locator file = person.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("proposal.pdf")).first();
      assertThat(file).hasAttribute("href", Pattern.compile("/api/rfps/\\d+/proposals/\\d+/files/\\d+$"));
      // served as an attachment: the browser downloads it and the task stays open
      com.microsoft.playwright.Download download = person.page().waitForDownload(file::click);
      assertThat(download.failure()).isNull();
      assertThat(download.suggestedFilename()).isEqualTo("proposal.pdf");
    }
    List<String> criteria = List.of("Price", "Approach");
    person.fillAndComplete(() -> {
      person.input("I have no conflict of interest").check();
      Locator sheet = person.input("Score sheet");
      sheet.fill(sheet.inputValue().lines().map(line -> {
        String[] values = line.split("\\|", -1);
        int score = byVendor.get(values[0].strip()).get(criteria.indexOf(values[1].strip()));
        return values[0].strip() + " | " + values[1].strip() + " | " + score + " | ";
      }).collect(Collectors.joining("\n")));
      if (picture) {
        ManualScreenshots.capture(person.page(), "rfp-score", masks(person));
      }
    });
  }

  @Test
  void anRfpStartedInTasklistShowsItsKeyAndWhereToFollowIt() {
    long projectId = project();
    Webapps paula = tasklist("paula");
    paula.startProcess("RFP preparation");
    paula.fillKept("RFP title", "Warehouse scanners");
    paula.fillKept("Project number", "987654");
    paula.submitStartForm();
    // an unknown project is refused under the field, in plain words; nothing starts
    assertThat(paula.refusalAt("Project number")).containsText("Project number: there is no project 987654");
    assertThat(paula.page().locator("body")).not().containsText("ENGINE-");
    assertThat(paula.input("RFP title")).hasValue("Warehouse scanners");
    paula.dismissNotifications();
    paula.fillKept("Project number", String.valueOf(projectId));
    paula.submitStartForm();
    assertThat(paula.page().locator(".modal-dialog")).isHidden();
    Long rfpId = jdbc.queryForObject(
        "select max(id) from rfp where title = 'Warehouse scanners' and project_id = ?", Long.class, projectId);
    assertThat(paula.startedCase()).containsText("Started: RFP-" + rfpId);
    // the link opens the RFP's page in the same browser session, without another login
    String follow = paula.startedCase().locator("a").first().getAttribute("href");
    assertThat(follow).isEqualTo("http://localhost:" + port + "/api/rfps/" + rfpId);
    assertThat(paula.startedCase().locator("a").nth(1)).hasAttribute("href",
        Pattern.compile("^http://localhost:" + port + "/camunda/app/tasklist/default/#/\\?searchQuery=.*RFP-" + rfpId));
    paula.page().navigate(follow);
    assertThat(paula.page().locator("h1")).hasText("RFP-" + rfpId + " Warehouse scanners");
    assertThat(paula.page().locator("body")).containsText("DRAFT: waiting at Draft the RFP");
  }

  Webapps tasklist(String user) {
    return new Webapps(browser.newPage(), "http://localhost:" + port).login("tasklist", user).waitForFilters();
  }

  static Locator[] masks(Webapps person, Locator... more) {
    return person.volatilePartsAndTaskList(more);
  }

  /** The RFP as the PMO would send it from another system: the whole draft over REST. */
  long draftedOverRest() {
    long projectId = project();
    // fixed dates, so the manual's pictures do not change from day to day; the deadlines' timers
    // are fired by the test, not waited for
    Instant questions = Instant.parse("2040-03-12T12:00:00Z");
    Instant proposals = Instant.parse("2040-03-26T12:00:00Z");
    Map<String, Object> body = RfpDraftFixture.body(projectId, "Customer relationship system", 60, questions, proposals,
        "bids@acme.example", "offers@globex.example");
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  long project() {
    List<Long> existing = jdbc.queryForList("select id from project where code = 'RFP-BROWSER'", Long.class);
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    return Projects.create(http, "RFP-BROWSER", "Sales CRM", 50000, "2030-03-01", "2030-12-31");
  }

  /**
   * The document link on the review form opens the PDF with one click, in the same browser
   * session: no second login (the Tasklist login is enough for /api reads).
   */
  void opensThePdfWithOneClick(Page page, long rfpId) {
    Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Open the RFP document")));
    assertThat(link).hasText("Open the RFP document (PDF, version 1)");
    assertThat(link).hasAttribute("href", "http://localhost:" + port + "/api/rfps/" + rfpId + "/document/versions/1");
    opensPdf(page, link, "/api/rfps/" + rfpId + "/document/");
  }

  /** Clicks a link on a task form and expects a PDF from an address containing {@code address}, then goes back to the task. */
  void opensPdf(Page page, Locator link, String address) {
    String tasklist = page.url();
    List<Response> responses = new CopyOnWriteArrayList<>();
    page.context().onResponse(r -> {
      if (r.url().contains(address)) {
        responses.add(r);
      }
    });
    link.click();
    page.waitForCondition(() -> !responses.isEmpty(), new Page.WaitForConditionOptions().setTimeout(15_000));
    Response pdf = responses.get(0);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headerValue("content-type")).startsWith("application/pdf");
    // the link opens in the same tab (Tasklist sets no link target); back to the task, as a person would
    if (!page.url().equals(tasklist)) {
      page.goBack();
    }
    page.locator(".task-details .fjs-container").waitFor();
  }

  void propose(String user, long rfpId, String price, String summary) {
    ResponseEntity<Map> proposed = io.pmoflow.support.Proposals.submitWithPdf(http, user, rfpId, price, summary);
    assertThat(proposed.getStatusCode()).as(String.valueOf(proposed.getBody())).isEqualTo(HttpStatus.CREATED);
  }

  /** A deadline passes: its timer fires now, then whatever follows runs. */
  void runTimer(String pi, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
    assertThat(timer).as("timer " + activityId).isNotNull();
    management.executeJob(timer.getId());
    Jobs.runAll(management, pi);
  }

  Map rfp(long rfpId) {
    ResponseEntity<Map> response = Api.as(http, "paula").getForEntity("/api/rfps/" + rfpId, Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  Task task(String pi, String key) {
    Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }
}

package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.support.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the journeys through several processes share: a person's Tasklist, waiting for the task the
 * engine makes next, the checks every decision form must pass (no engine text reaches the person),
 * and — for the steps a journey is not about — doing a task over the engine's REST API as its
 * person, through the same form checks as Tasklist.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class JourneySteps {

  private final BrowserSession browser;
  private final TestRestTemplate http;
  private final TaskService tasks;
  private final String base;
  private final boolean japanese;

  JourneySteps(BrowserSession browser, TestRestTemplate http, TaskService tasks, int port) {
    this(browser, http, tasks, port, false);
  }

  private JourneySteps(BrowserSession browser, TestRestTemplate http, TaskService tasks, int port, boolean japanese) {
    this.browser = browser;
    this.http = http;
    this.tasks = tasks;
    this.base = "http://localhost:" + port;
    this.japanese = japanese;
  }

  /**
   * The same steps by people who read Japanese: a browser set to Japanese in Tokyo, where the person
   * chose 日本語 in PMO Flow (cookie {@code pmoflow-language=ja}); forms and buttons as they read them.
   */
  static JourneySteps japanese(BrowserSession browser, TestRestTemplate http, TaskService tasks, int port) {
    return new JourneySteps(browser, http, tasks, port, true);
  }

  String base() {
    return base;
  }

  /** One person's browser, patient (the shared machine is often busy), logged in to Tasklist. */
  Webapps tasklist(String user) {
    Webapps person = webapps().login("tasklist", user);
    return (japanese ? person.waitForUserMenu("ja") : person).waitForFilters();
  }

  /** A person's webapps (not logged in yet) in their language. */
  Webapps webapps() {
    Webapps person = new Webapps(page(), base);
    return japanese ? person.readingJapanese() : person;
  }

  Page page() {
    Page page = japanese ? browser.newPage("ja-JP", "Asia/Tokyo") : browser.newPage();
    page.setDefaultTimeout(60_000);
    if (japanese) {
      page.context().addCookies(List.of(new Cookie(RequestLanguage.COOKIE, "ja").setUrl(base)));
    }
    return page;
  }

  /**
   * The person opens the task from one of their lists, as they would from the list: the list item
   * names the case.
   */
  Webapps open(Webapps person, String filter, Task task, String caseWords) {
    person.openFilterAndWaitForList(filter);
    person.taskLink(task.getId()).first().waitFor(); // a list refreshed on a busy machine: up to a minute
    assertThat(person.taskLink(task.getId()).first()).containsText(caseWords);
    person.openTaskById(task.getId());
    return person;
  }

  /** No engine code or message anywhere on the person's page. */
  static void noEngineText(Webapps person) {
    assertThat(person.page().locator("body")).not().containsText("ENGINE-");
  }

  /** The task once the engine has it (Tasklist completes in the background). */
  Task task(String pi, String key) {
    return await(pi, key, null);
  }

  Task task(String pi, String key, String assignee) {
    return await(pi, key, assignee);
  }

  private Task await(String pi, String key, String assignee) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      var query = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key);
      List<Task> found = (assignee == null ? query : query.taskAssignee(assignee)).list();
      if (found.size() == 1) {
        return found.get(0);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("No single task " + key + (assignee == null ? "" : " of " + assignee) + " in " + pi
            + " after 20 s; it waits at " + tasks.createTaskQuery().processInstanceId(pi).list().stream()
                .map(Task::getTaskDefinitionKey).toList());
      }
      pause(200);
    }
  }

  /** Waits until Tasklist's completion has reached the engine. */
  void done(Task task) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (tasks.createTaskQuery().taskId(task.getId()).count() > 0) {
      assertThat(Instant.now()).as("task %s completed", task.getName()).isBefore(deadline);
      pause(200);
    }
  }

  /**
   * A step the journey is not about, done by its person over the engine's REST API with Tasklist's
   * own calls (claim, submit-form): the same form checks hold.
   */
  void doAs(String user, Task task, Map<String, Object> answers) {
    if (tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null) {
      assertThat(Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/claim",
          Map.of("userId", user), Map.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    Map<String, Object> variables = new HashMap<>();
    answers.forEach((name, value) -> variables.put(name,
        value instanceof Long ? Map.of("value", value, "type", "Long") : Map.of("value", value)));
    ResponseEntity<Map> submitted = Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", variables), Map.class);
    assertThat(submitted.getStatusCode()).as("%s doing %s: %s", user, task.getName(), submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * A change the client asked for, recorded over the API by {@code requester} (one section of the
   * specification to change); answers the created request (its id and processInstanceId).
   */
  Map<String, Object> requestChange(String requester, long projectId, String title, String description, String reason,
      String section, String newText) {
    Map<String, Object> body = new HashMap<>();
    body.put("projectId", projectId);
    body.put("title", title);
    body.put("description", description);
    body.put("reason", reason);
    body.put("requesterRole", "CLIENT");
    body.put("changes", List.of(Map.of("sectionKey", section, "newText", newText)));
    ResponseEntity<Map> created = Api.as(http, requester).postForEntity("/api/change-requests", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }

  /** A vendor's bid manager sends a proposal to the RFP over PMO Flow's API. */
  void propose(String user, long rfpId, String price, String summary) {
    ResponseEntity<Map> proposed = io.pmoflow.support.Proposals.submitWithPdf(http, user, rfpId, price, summary);
    assertThat(proposed.getStatusCode()).as(String.valueOf(proposed.getBody())).isEqualTo(HttpStatus.CREATED);
  }

  /**
   * The evaluator declares no conflict of interest and fills their score sheet: for each line
   * ({@code vendor | criterion | score | comment}) the given score of that vendor's proposal.
   */
  void score(String evaluator, String pi, Map<String, Integer> byVendor) {
    Task sheet = task(pi, RfpElements.TASK_SCORE_PROPOSALS, evaluator);
    String scored = ((String) tasks.getVariableLocal(sheet.getId(), "scoreSheet")).lines().map(line -> {
      String[] values = line.split("\\|", -1);
      return values[0].strip() + " | " + values[1].strip() + " | " + byVendor.get(values[0].strip()) + " | ";
    }).collect(Collectors.joining("\n"));
    doAs(evaluator, sheet, Map.of("noConflictOfInterest", true, "scoreSheet", scored));
  }

  /**
   * Scrolls the task's form until the field is at the top of the pane: a picture then shows the
   * case's own words from there on (the forms are longer than the screen).
   */
  static Webapps scrollTo(Webapps person, String label) {
    person.input(label).evaluate("e => e.closest('.fjs-form-field').scrollIntoView({block: 'start'})");
    return person;
  }

  /**
   * Greys out the text of form fields that vary between runs, for a picture. Unlike a screenshot
   * mask (drawn over the field's whole box, also where the scrolled form hides it, e.g. over the
   * header) this is clipped as the person sees the form.
   */
  static void greyOut(Locator... fields) {
    for (Locator field : fields) {
      field.evaluate("e => { e.style.color = 'transparent'; e.style.background = '#d9dde3'; }");
    }
  }

  /**
   * The person decides on a change request with a comment. The picture, taken just before Complete,
   * shows the case as the person reads it from its title on: project, requester, description and
   * diff (the decision follows below). Waits until the engine has the decision.
   */
  void decide(Webapps person, Task task, String choice, String comment, String picture) {
    person.fillAndComplete(() -> {
      person.pick(choice);
      person.input("Comment").fill(comment);
      ManualScreenshots.capture(scrollTo(person, "Change request").page(), picture, changeRequestMasks(person));
    });
    done(task);
  }

  /** A change request's form in a picture: its number and the trail's times vary, with the usual parts. */
  static Locator[] changeRequestMasks(Webapps person) {
    greyOut(person.input("Change request number"), person.input("Decisions so far"));
    return masks(person);
  }

  /** What varies in a Tasklist picture: counters, times, the shared task list and the given parts. */
  static Locator[] masks(Webapps person, Locator... more) {
    return person.volatilePartsAndTaskList(more);
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pmoflow.evaluation.ToolEvaluationElements.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pmoflow.evaluation.EvaluationVariables;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.Mailbox;
import io.pmoflow.support.Projects;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A tool evaluation as its people do it in Tasklist, in one language: the PM requests it from the start
 * form (a refusal shown first), the infrastructure owner and the PM approve, the environments are made,
 * a tester opens their one-time link (once), tries and scores each candidate with reasons, the PMO
 * moderates the testers' disagreement and writes the recommendation, and the PM accepts it with a spec
 * change. The English and the Japanese manual take their pictures here ({@link ToolEvaluationBrowserIT},
 * {@link JapaneseToolEvaluationManualBrowserIT}); only the case's words and the pictures' folder differ.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class ToolEvaluationJourney {

  /** The case as its people write it, in their language. */
  record Words(
      String pictures,
      String projectName,
      Map<String, Object> specification,
      String question,
      String candidates,
      String criteriaOff,
      String criteria,
      String approvalReason,
      String consent,
      String evanLakeview,
      String evanTablo,
      String ellaLakeview,
      String ellaTablo,
      String moderation,
      String recommendation,
      String risks,
      String section,
      String changeTitle,
      String changeText,
      String changeReason) {}

  static final Pattern LINK = Pattern.compile("/evaluation-environment\\?token=([A-Za-z0-9_-]+)");

  private final JourneySteps steps;
  private final TestRestTemplate http;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final ManagementService management;
  private final GreenMail greenMail;
  private final Words words;

  ToolEvaluationJourney(JourneySteps steps, TestRestTemplate http, TaskService tasks, RuntimeService runtime, HistoryService history,
      ManagementService management, GreenMail greenMail, Words words) {
    this.steps = steps;
    this.http = http;
    this.tasks = tasks;
    this.runtime = runtime;
    this.history = history;
    this.management = management;
    this.greenMail = greenMail;
    this.words = words;
  }

  void walk(String projectCode) {
    long projectId = Projects.create(http, projectCode, words.projectName(), 5_000_000, "2027-01-04", "2027-09-30");
    Projects.specify(http, projectId, words.specification());

    // the PM asks for the evaluation from the start form; weights that do not add up to 100 are refused under the field
    Webapps peter = steps.tasklist("peter");
    peter.startProcess("Tool evaluation");
    peter.fillKept("Project number", String.valueOf(projectId));
    peter.fillKept("Question", words.question());
    peter.fillKept("Candidates", words.candidates());
    peter.fillKept("Criteria", words.criteriaOff());
    peter.fillKept("Testers", "evan, ella");
    peter.choose("Data set", "Department sales FY2025: orders with customer contacts (personal data, masked)");
    // a date field's label ends with the required mark: found by the field's id (the date input's ends in -date)
    Locator until = peter.page().locator(".fjs-container input[id*='-Field_environmentsUntil']").first();
    // typed as the browser's language writes dates: form-js reads them so (dd/MM/yyyy in en-GB, yyyy/MM/dd in ja-JP)
    LocalDate last = LocalDate.now().plusDays(20);
    until.fill((String) peter.page().evaluate(
        "d => new Intl.DateTimeFormat(navigator.language, {year: 'numeric', month: '2-digit', day: '2-digit'}).format(new Date(d[0], d[1] - 1, d[2]))",
        List.of(last.getYear(), last.getMonthValue(), last.getDayOfMonth())));
    until.press("Enter");
    assertThat(peter.validationMessages()).hasCount(0);
    topOfTheDialog(peter);
    ManualScreenshots.capture(peter.page(), words.pictures() + "tool-evaluation-start-form",
        peter.page().locator(".task-filter .counter"), peter.input("Project number"), until);
    peter.submitStartForm();
    assertThat(peter.refusalAt("Criteria")).containsText("100");
    JourneySteps.noEngineText(peter);
    peter.dismissNotifications();
    peter.page().locator(".modal-dialog .fjs-container").evaluate(
        "form => { for (let p = form.parentElement; p; p = p.parentElement) { p.scrollTop = 0; } }");
    JourneySteps.scrollTo(peter, "Candidates");
    ManualScreenshots.capture(peter.page(), words.pictures() + "tool-evaluation-start-refused",
        peter.page().locator(".task-filter .counter"), peter.input("Project number"), until);
    peter.fillKept("Criteria", words.criteria());
    peter.submitStartForm();
    assertThat(peter.page().locator(".modal-dialog")).isHidden();
    assertThat(peter.startedCase()).containsText("EV-");
    peter.closeStartedCase();
    String pi = history.createHistoricProcessInstanceQuery().processDefinitionKey(EvaluationVariables.PROCESS_KEY)
        .startedBy("peter").orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getId();
    long id = ((Number) runtime.getVariable(pi, EvaluationVariables.EVALUATION_ID)).longValue();

    // personal data: the infrastructure owner decides first (never the person who asked), then the PM
    Task infrastructure = steps.task(pi, TASK_INFRASTRUCTURE_APPROVAL);
    Webapps ines = steps.open(steps.tasklist("ines"), "My groups' tasks", infrastructure, words.question()).claim();
    assertThat(ines.input("Routed by rule")).not().hasValue("");
    ines.fillAndComplete(() -> {
      ines.pick("Approve");
      ines.input("Reason").fill(words.approvalReason());
      ManualScreenshots.capture(ines.page(), words.pictures() + "tool-evaluation-infrastructure-approval", JourneySteps.masks(ines, ines.input("The request")));
    });
    steps.done(infrastructure);
    Task consent = steps.task(pi, TASK_PM_APPROVAL, "peter");
    steps.open(peter, "My tasks", consent, words.question()).editable().fillAndComplete(() -> {
      peter.pick("Approve");
      peter.input("Reason").fill(words.consent());
      ManualScreenshots.capture(peter.page(), words.pictures() + "tool-evaluation-pm-approval", JourneySteps.masks(peter, peter.input("The request")));
    });
    steps.done(consent);

    // the environments are made; each tester gets a one-time link to the connection details
    java.util.Set<String> mailsBefore = mailsSoFar();
    Jobs.runAll(management, pi);
    opensTheDetailsOnce(newLink("evan@pmoflow.example", "lakeview", mailsBefore));

    // the tester tries each candidate and scores it with reasons; ella sees Speed very differently
    Webapps evan = steps.tasklist("evan");
    boolean pictured = false;
    for (Task sheet : sheets(pi, "evan")) {
      boolean lakeview = String.valueOf(tasks.getVariableLocal(sheet.getId(), "candidate")).contains("lakeview");
      boolean picture = !pictured;
      pictured = true;
      steps.open(evan, "My tasks", sheet, words.question()).editable().fillAndComplete(() -> {
        evan.fillKept("Your scores", lakeview ? words.evanLakeview() : words.evanTablo());
        if (picture) {
          ManualScreenshots.capture(evan.page(), words.pictures() + "tool-evaluation-try-candidate",
              JourneySteps.masks(evan, evan.input("Candidate"), evan.input("Environment")));
        }
      });
      steps.done(sheet);
    }
    for (Task sheet : sheets(pi, "ella")) {
      boolean lakeview = String.valueOf(tasks.getVariableLocal(sheet.getId(), "candidate")).contains("lakeview");
      steps.doAs("ella", sheet, Map.of("scoreSheet", lakeview ? words.ellaLakeview() : words.ellaTablo()));
    }
    Jobs.runAll(management, pi);

    // the PMO moderates, then writes the recommendation on the generated comparison
    Webapps paula = steps.tasklist("paula");
    Task moderation = steps.task(pi, TASK_MODERATE_SCORES);
    steps.open(paula, "My groups' tasks", moderation, words.question()).claim().fillAndComplete(() -> {
      paula.input("How you resolved it").fill(words.moderation());
      ManualScreenshots.capture(paula.page(), words.pictures() + "tool-evaluation-moderation", JourneySteps.masks(paula));
    });
    steps.done(moderation);
    Task write = steps.task(pi, TASK_WRITE_RECOMMENDATION);
    steps.open(paula, "My groups' tasks", write, words.question()).claim().fillAndComplete(() -> {
      paula.choose("Recommended candidate", "(lakeview)");
      paula.input("Which option fits, and why").fill(words.recommendation());
      paula.input("Risks").fill(words.risks());
      ManualScreenshots.capture(paula.page(), words.pictures() + "tool-evaluation-recommendation", JourneySteps.masks(paula));
    });
    steps.done(write);
    Jobs.runAll(management, pi);
    // the PDF went to the PM by mail
    Mailbox.awaitMail(greenMail, "the recommendation of EV-" + id + " to peter",
        mail -> Mailbox.body(mail).contains("EV-" + id + "-recommendation-v1.pdf"));

    // the PM accepts and asks for the spec change it implies: the change request starts in their name
    Task review = steps.task(pi, TASK_REVIEW_RECOMMENDATION, "peter");
    steps.open(peter, "My tasks", review, words.question()).editable().fillAndComplete(() -> {
      peter.pick("Accept");
      peter.pick("Request a spec change");
      peter.choose("Section to change", words.section());
      peter.fillKept("Title of the change", words.changeTitle());
      peter.fillKept("New text of the section", words.changeText());
      peter.input("Comment").fill(words.changeReason());
      JourneySteps.scrollTo(peter, "Your answer");
      ManualScreenshots.capture(peter.page(), words.pictures() + "tool-evaluation-accept-with-spec-change", JourneySteps.masks(peter));
    });
    steps.done(review);
    Map evaluation = Api.as(http, "paula").getForObject("/api/evaluations/" + id, Map.class);
    assertThat(evaluation.get("followUp")).isEqualTo("spec-change");
    assertThat((String) evaluation.get("followUpCase")).startsWith("CR-");
    Map change = Api.as(http, "peter").getForObject(
        "/api/change-requests/" + ((String) evaluation.get("followUpCase")).substring("CR-".length()), Map.class);
    assertThat(change).containsEntry("title", words.changeTitle()).containsEntry("requester", "peter");

    // the PM ends the environments: they are removed with their data, and the evaluation closes
    Jobs.runAll(management, pi);
    Task inUse = steps.task(pi, TASK_ENVIRONMENTS_IN_USE, "peter");
    steps.open(peter, "My tasks", inUse, words.question()).editable().fillAndComplete(() -> {
      peter.pick("End now");
      ManualScreenshots.capture(peter.page(), words.pictures() + "tool-evaluation-end-environments",
          JourneySteps.masks(peter, peter.input("Environments until")));
    });
    steps.done(inUse);
    Jobs.runAll(management, pi);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(Api.as(http, "paula").getForObject("/api/evaluations/" + id, Map.class)).containsEntry("status", "CLOSED");
  }

  /** The link's page shows a button; the button shows the details once; the link opened again shows nothing. */
  private void opensTheDetailsOnce(String token) {
    Page page = steps.page();
    page.navigate(steps.base() + "/evaluation-environment?token=" + token);
    Locator show = page.getByRole(AriaRole.BUTTON);
    assertThat(show).hasCount(1);
    ManualScreenshots.capture(page, words.pictures() + "tool-evaluation-details-link");
    show.click();
    page.waitForLoadState();
    Locator password = page.locator("pre").nth(5);
    assertThat(password).not().hasText("");
    // the host's port, the names with the evaluation's number and the password vary (all but the last, what to keep in mind)
    Locator[] varying = new Locator[7];
    for (int i = 0; i < varying.length; i++) {
      varying[i] = page.locator("pre").nth(i);
    }
    ManualScreenshots.capture(page, words.pictures() + "tool-evaluation-details", varying);
    page.navigate(steps.base() + "/evaluation-environment?token=" + token);
    page.getByRole(AriaRole.BUTTON).click();
    page.waitForLoadState();
    assertThat(page.locator("pre")).hasCount(0);
    ManualScreenshots.capture(page, words.pictures() + "tool-evaluation-details-gone");
  }

  /** The ids of the mails received so far. */
  private java.util.Set<String> mailsSoFar() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (MimeMessage mail : greenMail.getReceivedMessages()) {
      try {
        ids.add(mail.getMessageID());
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return ids;
  }

  /** The token of the link to the candidate's environment in a mail to the address that came after {@code before}. */
  private String newLink(String to, String candidate, java.util.Set<String> before) {
    MimeMessage mail = Mailbox.awaitMail(greenMail, "a link to the " + candidate + " environment to " + to, message ->
        !before.contains(message.getMessageID())
            && java.util.Arrays.toString(message.getRecipients(jakarta.mail.Message.RecipientType.TO)).contains(to)
            && String.valueOf(message.getSubject()).contains(candidate)
            && LINK.matcher(Mailbox.text(message)).find());
    Matcher link = LINK.matcher(Mailbox.text(mail));
    assertThat(link.find()).isTrue();
    return link.group(1);
  }

  private List<Task> sheets(String pi, String tester) {
    List<Task> sheets = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(TASK_TRY_CANDIDATE).taskAssignee(tester)
        .orderByTaskId().asc().list();
    assertThat(sheets).hasSize(2);
    return sheets;
  }

  /** The start form's beginning in the picture (typing scrolled the dialog down). */
  private static void topOfTheDialog(Webapps person) {
    person.page().locator(".modal-dialog .fjs-container").evaluate(
        "form => { for (let p = form.parentElement; p; p = p.parentElement) { p.scrollTop = 0; } }");
  }
}

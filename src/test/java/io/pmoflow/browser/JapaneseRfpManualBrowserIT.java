package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
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
 * The pictures of the Japanese chapter docs/manual/ja/rfp-preparation.md, taken at the steps
 * {@link RfpBrowserIT} and {@link RemainingTasksBrowserIT} take them, by people who read Japanese
 * ({@link JourneySteps#japanese}) on an RFP written in Japanese: the draft (refused, then corrected),
 * the PM's review, an answer to a vendor's question, a score sheet, the moderation of diverging
 * scores and the award. Vendors ask and propose over the API; the second evaluator scores over it.
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class JapaneseRfpManualBrowserIT {

  static final String TITLE = "顧客管理システム";
  static final String CRITERIA = "Evaluation criteria (weights sum to 100)";

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  JourneySteps steps;

  @BeforeEach
  void steps() {
    steps = JourneySteps.japanese(browser, http, tasks, port);
  }

  @Test
  void fromTheDraftToTheAward() {
    long projectId = Projects.create(http, "JA-RFP", "営業支援システム JA-RFP", 50000, "2040-06-01", "2041-03-31");
    Map<String, Object> body = RfpDraftFixture.body(projectId, TITLE, 60,
        Instant.parse("2040-03-12T12:00:00Z"), Instant.parse("2040-03-26T12:00:00Z"), "bids@acme.example", "offers@globex.example");
    body.put("background", "営業部門は表計算ソフトで見込み客を管理しており、取りこぼしが出ています。");
    body.put("scope", "ライセンス、初期設定、操作研修。");
    body.put("requirements", List.of(
        Map.of("id", "F-01", "priority", "MUST", "kind", "FUNCTIONAL", "text", "見込み客とのやり取りをすべて記録できること。"),
        Map.of("id", "NF-01", "priority", "SHOULD", "kind", "NON_FUNCTIONAL", "text", "2 秒以内に応答すること。")));
    body.put("deliverables", List.of(Map.of("name", "稼働するシステム", "description", "設定とデータ移行を終えたもの")));
    body.put("criteria", List.of(Map.of("name", "価格", "weight", 60), Map.of("name", "進め方", "weight", 40)));
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long rfpId = ((Number) created.getBody().get("id")).longValue();
    String pi = (String) created.getBody().get("processInstanceId");
    String label = "RFP-" + rfpId + " " + TITLE;

    // the PMO opens the draft; weights that do not add up to 100 are refused under their field
    Task draft = steps.task(pi, RfpElements.TASK_DRAFT_RFP);
    Webapps paula = steps.open(steps.tasklist("paula"), "My groups' tasks", draft, label).claim();
    ManualScreenshots.capture(paula.page(), "ja/rfp-draft", JourneySteps.masks(paula));
    paula.input(CRITERIA).fill("価格 | 60\n進め方 | 30");
    paula.complete();
    assertThat(paula.refusalAt(CRITERIA)).isVisible();
    JourneySteps.noEngineText(paula);
    paula.dismissNotifications();
    ManualScreenshots.capture(paula.page(), "ja/rfp-draft-refused", JourneySteps.masks(paula));
    paula.fillAndComplete(() -> paula.input(CRITERIA).fill("価格 | 60\n進め方 | 40"));
    steps.done(draft);
    Jobs.runAll(management, pi);

    // the PM reads the RFP itself, then approves it
    Task review = steps.task(pi, RfpElements.TASK_PM_REVIEW);
    Webapps peter = steps.open(steps.tasklist("peter"), "My tasks", review, label).editable();
    assertThat(peter.page().locator(".fjs-container")).containsText(TITLE);
    ManualScreenshots.capture(peter.page(), "ja/rfp-pm-review-rfp", JourneySteps.masks(peter));
    peter.fillAndComplete(() -> {
      peter.pick("Approve");
      ManualScreenshots.capture(peter.page(), "ja/rfp-pm-review", JourneySteps.masks(peter));
    });
    steps.done(review);
    Jobs.runAll(management, pi);

    // a vendor asks; the PMO answers
    assertThat(Api.as(http, "victor").postForEntity("/api/rfps/" + rfpId + "/questions",
        Map.of("question", "クラウドサービスを提案してもよいですか。"), Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Jobs.runAll(management, pi);
    Task question = steps.task(pi, RfpElements.TASK_ANSWER_QUESTION);
    steps.open(paula, "My groups' tasks", question, label).claim().fillAndComplete(() -> {
      paula.input("Answer").fill("はい。日本国内でホストされるものであれば構いません。");
      JourneySteps.greyOut(paula.input("Asked by")); // names when it was asked
      ManualScreenshots.capture(paula.page(), "ja/rfp-answer-question", JourneySteps.masks(paula));
    });
    steps.done(question);
    Jobs.runAll(management, pi);

    // both vendors propose, the deadlines pass; the evaluators' totals for acme lie far apart
    steps.propose("victor", rfpId, "100000", "日本国内でホストするクラウド型 CRM。8 週間で稼働します。");
    steps.propose("wendy", rfpId, "90000", "社内に設置する CRM と 2 週間の操作研修。");
    for (String deadline : List.of(RfpElements.EVENT_QUESTION_DEADLINE, RfpElements.EVENT_PROPOSAL_DEADLINE)) {
      Job timer = management.createJobQuery().processInstanceId(pi).activityId(deadline).singleResult();
      assertThat(timer).as("timer " + deadline).isNotNull();
      management.executeJob(timer.getId());
      Jobs.runAll(management, pi);
    }
    Task sheet = steps.task(pi, RfpElements.TASK_SCORE_PROPOSALS, "evan");
    Webapps evan = steps.open(steps.tasklist("evan"), "My tasks", sheet, label).editable();
    evan.fillAndComplete(() -> {
      evan.input("I have no conflict of interest").check();
      Locator scores = evan.input("Score sheet");
      scores.fill(scores.inputValue().lines().map(line -> {
        String[] values = line.split("\\|", -1);
        return values[0].strip() + " | " + values[1].strip() + " | " + ("acme".equals(values[0].strip()) ? 10 : 5) + " | ";
      }).collect(Collectors.joining("\n")));
      ManualScreenshots.capture(evan.page(), "ja/rfp-score", JourneySteps.masks(evan));
    });
    steps.done(sheet);
    steps.score("ella", pi, Map.of("acme", 3, "globex", 5));
    Jobs.runAll(management, pi);

    // the PMO settles the difference
    Task moderation = steps.task(pi, RfpElements.TASK_MODERATE_SCORES);
    steps.open(paula, "My groups' tasks", moderation, label).claim().fillAndComplete(() -> {
      paula.fillKept("Moderation note", "エラさんはアプリを見落としていました。話し合いの結果、二人とも acme を一位とします。");
      ManualScreenshots.capture(paula.page(), "ja/rfp-moderation", JourneySteps.masks(paula));
    });
    steps.done(moderation);
    Jobs.runAll(management, pi);

    // the PM awards the top-ranked vendor (pre-selected)
    Task award = steps.task(pi, RfpElements.TASK_AWARD, "peter");
    steps.open(peter, "My tasks", award, label).editable()
        .fillAndComplete(() -> ManualScreenshots.capture(peter.page(), "ja/rfp-award", JourneySteps.masks(peter)));
    steps.done(award);
    Jobs.runAll(management, pi);
    assertThat(Api.as(http, "paula").getForObject("/api/rfps/" + rfpId, Map.class))
        .containsEntry("status", "AWARDED").containsEntry("awardedVendor", "acme");
  }
}

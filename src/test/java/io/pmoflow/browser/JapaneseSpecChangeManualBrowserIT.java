package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pmoflow.specchange.SpecChangeElements.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.TestUsers;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
 * The pictures of the Japanese chapter docs/manual/ja/spec-change-approval.md, each taken at the
 * step the English journeys ({@link SpecChangeBrowserIT}, {@link SpecChangeApprovalsBrowserIT},
 * {@link RemainingTasksBrowserIT}) take it, by people who read Japanese ({@link JourneySteps#japanese})
 * on change requests written in Japanese. The steps a picture is not about are done over the
 * engine's REST API by their people.
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class JapaneseSpecChangeManualBrowserIT {

  static final String TITLE = "ログイン時のワンタイムコード";
  static final String WHAT = "社外のユーザーには、パスワードの後にワンタイムコードの入力を求めます。";
  static final String WHY = "セキュリティ監査で二要素認証を求められたため。";
  static final String NEW_LOGIN = "ユーザー名\nパスワード\nワンタイムコード\nログインボタン";

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;

  JourneySteps steps;

  @BeforeEach
  void steps() {
    steps = JourneySteps.japanese(browser, http, tasks, port);
    TestUsers.secondPmoMember(identity);
  }

  @Test
  void aChangeRequestFromItsStartFormToTheReverifiedManual() {
    long projectId = project("JA-CR");
    Webapps peter = steps.tasklist("peter");
    peter.startProcess("仕様変更の承認");
    peter.pick("Normal");
    peter.choose("On behalf of", "Client");
    peter.fillKept("Project number", String.valueOf(projectId));
    peter.fillKept("Title", TITLE);
    peter.fillKept("What should change", WHAT);
    peter.fillKept("Why", WHY);
    peter.fillKept("Vendor (code)", "acme");
    peter.fillKept("Section to change", "UI-LOGIN");
    peter.fillKept("New text of the section", NEW_LOGIN);
    assertThat(peter.validationMessages()).hasCount(0);
    // the form's beginning in the picture, as in the English one (typing scrolled the dialog down)
    peter.page().locator(".modal-dialog .fjs-container").evaluate(
        "form => { for (let p = form.parentElement; p; p = p.parentElement) { p.scrollTop = 0; } }");
    ManualScreenshots.capture(peter.page(), "ja/spec-change-start-form",
        peter.page().locator(".task-filter .counter"), peter.input("Project number"));
    peter.submitStartForm();
    assertThat(peter.page().locator(".modal-dialog")).isHidden();
    String pi = startedCase(peter);

    // the PMO reads the request before claiming it, then triages it
    Task triage = steps.task(pi, TASK_TRIAGE);
    Webapps paula = steps.open(steps.tasklist("paula"), "My groups' tasks", triage, TITLE);
    assertThat(paula.input("Change request")).hasValue(java.util.regex.Pattern.compile(TITLE));
    JourneySteps.noEngineText(paula);
    ManualScreenshots.capture(paula.page(), "ja/spec-change-triage-task", JourneySteps.masks(paula, paula.input("Change request number")));
    paula.claim().fillAndComplete(() -> {
      paula.pick("Complete");
      paula.pick("Normal");
      paula.input("Touches delivered work: ask the vendor for an estimate").check();
      paula.input("Comment").fill("内容は明確で揃っています。ログイン画面は acme が作りました。");
      ManualScreenshots.capture(paula.page(), "ja/spec-change-triage-filled", JourneySteps.masks(paula, paula.input("Change request number")));
    });
    steps.done(triage);
    Jobs.runAll(management, pi);

    // the vendor estimates: a negative effort is refused under the field
    Task estimate = steps.task(pi, TASK_VENDOR_ESTIMATE);
    Webapps victor = steps.open(steps.tasklist("victor"), "My groups' tasks", estimate, TITLE).claim();
    victor.fillAndComplete(() -> {
      victor.input("Cost").fill("18000");
      victor.input("Assumptions").fill("既存の SMS 送信サービスを使います。");
      victor.input("Effort (person-days)").fill("-5");
      assertThat(victor.validationMessages()).hasCount(1);
      assertThat(victor.completeButton()).isDisabled();
      ManualScreenshots.capture(victor.page(), "ja/spec-change-validation", JourneySteps.masks(victor, victor.input("Change request number")));
      victor.input("Effort (person-days)").fill("12");
      assertThat(victor.validationMessages()).hasCount(0);
      ManualScreenshots.capture(victor.page(), "ja/spec-change-vendor-estimate", JourneySteps.masks(victor, victor.input("Change request number")));
    });
    steps.done(estimate);
    Jobs.runAll(management, pi);

    // the PMO analyses the impact: the cost sends it to the board and the sponsor
    Task impact = steps.task(pi, TASK_IMPACT_ANALYSIS);
    steps.open(paula, "My groups' tasks", impact, TITLE).claim().fillAndComplete(() -> {
      paula.input("Effort (person-days)").fill("15");
      paula.input("Cost").fill("60000");
      paula.input("Schedule delay (days)").fill("0");
      paula.choose("Risk", "Medium");
      paula.input("Affected sections and deliverables").fill("UI-LOGIN：ログイン画面、利用者マニュアル");
      ManualScreenshots.capture(paula.page(), "ja/spec-change-impact", JourneySteps.masks(paula, paula.input("Change request number")));
    });
    steps.done(impact);
    Jobs.runAll(management, pi);

    // two of the three board members approve
    Task vote = steps.task(pi, TASK_BOARD_VOTE, "carla");
    Webapps carla = steps.open(steps.tasklist("carla"), "My tasks", vote, TITLE).editable();
    carla.fillAndComplete(() -> {
      carla.pick("Approve");
      carla.input("Comment").fill("監査への対応として必要です。");
      ManualScreenshots.capture(carla.page(), "ja/spec-change-board-vote", JourneySteps.masks(carla, carla.input("Change request number")));
    });
    steps.done(vote);
    steps.doAs("colin", steps.task(pi, TASK_BOARD_VOTE, "colin"), Map.of("vote", "approve", "comment", "賛成します。"));
    Jobs.runAll(management, pi);

    // above 50,000 the sponsor approves as well
    Task sponsor = steps.task(pi, TASK_SPONSOR_APPROVAL);
    Webapps sophia = steps.open(steps.tasklist("sophia"), "My groups' tasks", sponsor, TITLE).claim();
    decided(sophia, sponsor, "Approve", "監査の指摘には今期中に対応します。", "ja/spec-change-sponsor-approval");

    // the cost moves: the PMO prepares the contract amendment
    Task amendment = steps.task(pi, TASK_CONTRACT_AMENDMENT);
    steps.open(paula, "My groups' tasks", amendment, TITLE).claim().fillAndComplete(() -> {
      paula.input("Amendment reference").fill("AM-2027-04");
      paula.input("Comment").fill("署名のためベンダーに送付しました。");
      ManualScreenshots.capture(paula.scrollTaskToEnd().page(), "ja/spec-change-contract-amendment", JourneySteps.changeRequestMasks(paula));
    });
    steps.done(amendment);
    Jobs.runAll(management, pi);

    // the login screen changed: the manual section showing it is re-verified, and another PMO member approves
    Task reverify = steps.task(pi, TASK_REVERIFY_MANUAL);
    steps.open(paula, "My groups' tasks", reverify, TITLE).claim().fillAndComplete(() -> {
      paula.input("I re-took every screenshot of this section").check();
      paula.input("Every step of the section matches the new screens").check();
      // the decisions so far (their times vary) reach into the picture of the form's end
      JourneySteps.greyOut(paula.input("Decisions so far"));
      ManualScreenshots.capture(paula.scrollTaskToEnd().page(), "ja/spec-change-reverify-manual", JourneySteps.masks(paula));
    });
    steps.done(reverify);
    Jobs.runAll(management, pi);
    Task approval = steps.task(pi, TASK_APPROVE_REVERIFICATION);
    Webapps pia = steps.open(steps.tasklist(TestUsers.SECOND_PMO), "My groups' tasks", approval, TITLE).claim();
    pia.fillAndComplete(() -> {
      pia.input("The screenshots and steps match the new screens").check();
      ManualScreenshots.capture(pia.scrollTaskToEnd().page(), "ja/spec-change-approve-reverification",
          JourneySteps.changeRequestMasks(pia));
    });
    steps.done(approval);
    Jobs.runAll(management, pi);
    assertThat(changeRequest(pi)).containsEntry("status", "CLOSED").containsEntry("resultingVersion", 2);
  }

  @Test
  void theProjectManagerAnswersApprovesASmallChangeAndAnEmergency() {
    long projectId = project("JA-PM");
    Webapps peter = steps.tasklist("peter");

    // the PMO asks the requester a question before triaging
    String asked = request("peter", projectId, TITLE, "UI-LOGIN", NEW_LOGIN);
    steps.doAs("paula", steps.task(asked, TASK_TRIAGE),
        Map.of("triageOutcome", "incomplete", "question", "コードが必要なのは社員、社外のユーザー、その両方のどれですか。"));
    Jobs.runAll(management, asked);
    Task answer = steps.task(asked, TASK_ANSWER_QUESTION, "peter");
    steps.open(peter, "My tasks", answer, TITLE).editable().fillAndComplete(() -> {
      peter.fillKept("Your answer", "社外のユーザーだけです。社員は社内ネットワークからログインします。");
      JourneySteps.greyOut(peter.input("Change request number"));
      ManualScreenshots.capture(peter.page(), "ja/spec-change-answer", JourneySteps.masks(peter));
    });
    steps.done(answer);

    // a small change: the project manager approves it alone
    String small = request("paula", projectId, "確認画面に注文番号を表示", "FUN-ORDER", "注文を入力する\n注文を確定する\n注文番号を表示する");
    triage(small, "normal");
    steps.doAs("paula", steps.task(small, TASK_IMPACT_ANALYSIS), Map.of("effortDays", 2, "cost", 3000,
        "delayDays", 0, "risk", "low", "contractChange", false, "deliverables", "FUN-ORDER：注文の画面"));
    Jobs.runAll(management, small);
    Task pmApproval = steps.task(small, TASK_PM_APPROVAL, "peter");
    decided(steps.open(peter, "My tasks", pmApproval, "確認画面に注文番号を表示").editable(), pmApproval,
        "Approve", "お客様から毎日のように求められています。", "ja/spec-change-pm-approval");

    // an emergency: approved at once, then reviewed by the board, which rolls it back
    String emergency = request("paula", projectId, "支払いに失敗した注文を確定しない", "FUN-ORDER", "注文を入力する\n支払いが済んでから注文を確定する");
    triage(emergency, "emergency");
    Task now = steps.task(emergency, TASK_PM_EMERGENCY_APPROVAL, "peter");
    decided(steps.open(peter, "My tasks", now, "支払いに失敗した注文を確定しない").editable(), now,
        "Approve at once", "お客様に二重に請求されています。", "ja/spec-change-emergency-approval");
    Task review = steps.task(emergency, TASK_EMERGENCY_BOARD_REVIEW);
    Webapps carla = steps.open(steps.tasklist("carla"), "My groups' tasks", review, "支払いに失敗した注文を確定しない").claim();
    decided(carla, review, "Roll it back", "支払いの確認は決済サービスの役割です。", "ja/spec-change-emergency-review");
    assertThat(changeRequest(emergency)).containsEntry("status", "ROLLED_BACK");
  }

  // ---- helpers

  /** The decision with its picture ({@link JourneySteps#decide}), then what follows it runs. */
  void decided(Webapps person, Task task, String choice, String comment, String picture) {
    steps.decide(person, task, choice, comment, picture);
    Jobs.runAll(management, task.getProcessInstanceId());
  }

  long project(String code) {
    return Projects.specified(http, code, "受発注ポータル " + code, Projects.ORDER_PORTAL_SPEC_JA);
  }

  /** The process instance of the request peter has just started from the start form. */
  String startedCase(Webapps peter) {
    assertThat(peter.startedCase()).isVisible();
    peter.closeStartedCase();
    String pi = history.createHistoricProcessInstanceQuery().processDefinitionKey("spec-change-approval")
        .startedBy("peter").orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getId();
    Jobs.runAll(management, pi);
    return pi;
  }

  /** The requester records, over the API, a change the client asked for; returns its process instance. */
  String request(String requester, long projectId, String title, String section, String newText) {
    String pi = (String) steps.requestChange(requester, projectId, title, "お客様からの依頼です。", "利用者から苦情が出ています。",
        section, newText).get("processInstanceId");
    Jobs.runAll(management, pi);
    return pi;
  }

  void triage(String pi, String type) {
    steps.doAs("paula", steps.task(pi, TASK_TRIAGE),
        Map.of("triageOutcome", "complete", "changeType", type, "needsVendorEstimate", false));
    Jobs.runAll(management, pi);
  }

  Map changeRequest(String pi) {
    long id = ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("changeRequestId").singleResult().getValue()).longValue();
    return Api.as(http, "paula").getForObject("/api/change-requests/" + id, Map.class);
  }
}

package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.pmoflow.i18n.WebappLocales;
import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.specchange.SpecChangeElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.Vendors;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The Japanese manual's pictures (docs/manual/ja, images in docs/manual/images/ja), taken in a
 * browser set to Japanese that chose Japanese in PMO Flow (cookie {@code pmoflow-language=ja}).
 * The cases are prepared over the API with Japanese contents; the screens are the ones the English
 * journeys show at the same step. Form fields are found by their ids, not their (translated) labels.
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class JapaneseManualBrowserIT {

  /** Fixed contract dates, as in the English journey: the approver's form shows them. */
  static final String CONTRACT_START = "2026-11-02";
  static final String CONTRACT_END = "2030-06-28";
  /** The change request, typed in the start form and sent over the API. */
  static final String CR_TITLE = "ログイン時のワンタイムコード";
  static final String CR_WHAT = "社外のユーザーには、パスワードの後にワンタイムコードの入力を求めます。";
  static final String CR_WHY = "セキュリティ監査で二要素認証を求められたため。";
  static final String CR_NEW_TEXT = "ユーザー名\nパスワード\nワンタイムコード\nログインボタン";

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void gettingStartedAndCockpitInJapanese() {
    Page page = japanesePage();
    page.navigate(base() + "/");
    Locator username = page.locator("form[name=signinForm] input[ng-model=username]");
    assertThat(username).hasAttribute("placeholder", WebappLocales.label("tasklist", "ja", "PAGE_LOGIN_USERNAME"));
    ManualScreenshots.capture(page, "ja/getting-started-login");

    Webapps tasklist = new Webapps(page, base()).login("tasklist", "paula").waitForUserMenu("ja").waitForTaskList();
    assertThat(page.locator(".start-process-action")).containsText(WebappLocales.label("tasklist", "ja", "START_PROCESS"));
    ManualScreenshots.capture(page, "ja/getting-started-tasklist", tasklist.volatilePartsAndTaskList());

    Webapps cockpit = new Webapps(japanesePage(), base()).login("cockpit", "demo").waitForUserMenu("ja");
    assertThat(cockpit.page().getByText(WebappLocales.label("cockpit", "ja", "DASHBOARD_RUNNING_PROCESS_INSTANCE"))).isVisible();
    // the header shows the user id until the profile has loaded, then the name
    assertThat(cockpit.page().getByText("Demo Administrator")).isVisible();
    // the dashboard's headings are italic; the Japanese ones were seen upright or slanted from run to
    // run, as the fonts came in: every font of the page loaded first, then two frames drawn
    cockpit.page().waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    cockpit.page().evaluate("Promise.all([...document.fonts].map(f => f.load().catch(() => null)))"
        + ".then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))");
    ManualScreenshots.capture(cockpit.page(), "ja/operators-cockpit-dashboard", cockpit.volatileParts());
  }

  @Test
  void aChangeRequestsStartFormAndItsTriage() {
    long projectId = project("JA-CR", "受発注ポータル");
    Projects.specify(http, projectId, Projects.ORDER_PORTAL_SPEC);

    Webapps peter = tasklist("peter");
    peter.startProcess("Spec-change approval");
    peter.page().locator(".modal-dialog input[type=radio][id*='-Field_proposedType-']").nth(1).check(); // Normal
    peter.fillKept(peter.inputWithId("Field_projectId"), String.valueOf(projectId));
    peter.fillKept(peter.inputWithId("Field_title"), CR_TITLE);
    peter.fillKept(peter.inputWithId("Field_description"), CR_WHAT);
    peter.fillKept(peter.inputWithId("Field_reason"), CR_WHY);
    peter.fillKept(peter.inputWithId("Field_vendorCode"), "acme");
    peter.fillKept(peter.inputWithId("Field_sectionKey"), "UI-LOGIN");
    peter.fillKept(peter.inputWithId("Field_newText"), CR_NEW_TEXT);
    assertThat(peter.validationMessages()).hasCount(0);
    // the form's beginning in the picture, as in the English one (typing scrolled the dialog down)
    peter.page().locator(".modal-dialog .fjs-container").evaluate(
        "form => { for (let p = form.parentElement; p; p = p.parentElement) { p.scrollTop = 0; } }");
    ManualScreenshots.capture(peter.page(), "ja/spec-change-start-form",
        peter.page().locator(".task-filter .counter"), peter.inputWithId("Field_projectId"));

    // the same request, sent over the API, waits for the PMO's triage
    Map<String, Object> request = new HashMap<>();
    request.put("projectId", projectId);
    request.put("title", CR_TITLE);
    request.put("description", CR_WHAT);
    request.put("reason", CR_WHY);
    request.put("requesterRole", "CLIENT");
    request.put("vendorCode", "acme");
    request.put("changes", List.of(Map.of("sectionKey", "UI-LOGIN", "newText", CR_NEW_TEXT)));
    String pi = created(Api.as(http, "peter").postForEntity("/api/change-requests", request, Map.class), "processInstanceId");
    Jobs.runAll(management, pi);
    Task triage = task(() -> tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(SpecChangeElements.TASK_TRIAGE).singleResult());

    Webapps paula = openTask("paula", triage);
    ManualScreenshots.capture(paula.page(), "ja/spec-change-triage-task", paula.volatilePartsAndTaskList(
        paula.inputWithId("Field_changeRequestId_ctx"), paula.inputWithId("Field_requestProject_ctx")));
  }

  @Test
  void anRfpDraft() {
    long projectId = project("JA-RFP", "営業支援システム");
    Map<String, Object> body = RfpDraftFixture.body(projectId, "顧客管理システム", 60,
        Instant.parse("2040-03-12T12:00:00Z"), Instant.parse("2040-03-26T12:00:00Z"), "bids@acme.example", "offers@globex.example");
    body.put("background", "営業部門は表計算ソフトで見込み客を管理しており、取りこぼしが出ています。");
    body.put("scope", "ライセンス、初期設定、操作研修。");
    body.put("requirements", List.of(
        Map.of("id", "F-01", "priority", "MUST", "kind", "FUNCTIONAL", "text", "見込み客とのやり取りをすべて記録できること。"),
        Map.of("id", "NF-01", "priority", "SHOULD", "kind", "NON_FUNCTIONAL", "text", "2 秒以内に応答すること。")));
    body.put("deliverables", List.of(Map.of("name", "稼働するシステム", "description", "設定とデータ移行を終えたもの")));
    body.put("criteria", List.of(Map.of("name", "価格", "weight", 60), Map.of("name", "進め方", "weight", 40)));
    long rfpId = Long.parseLong(created(Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class), "id"));
    String pi = (String) Api.as(http, "paula").getForObject("/api/rfps/" + rfpId, Map.class).get("processInstanceId");
    Task draft = task(() -> tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(RfpElements.TASK_DRAFT_RFP).singleResult());
    tasks.claim(draft.getId(), "paula");

    Webapps paula = openTask("paula", draft);
    ManualScreenshots.capture(paula.page(), "ja/rfp-draft", paula.volatilePartsAndTaskList());
  }

  @Test
  void aVendorMembersAccessAwaitsSecurity() {
    long vendorId = Vendors.register(http,
        Vendors.registration("yamato", "大和システム", "大和 一郎", CONTRACT_START, CONTRACT_END, true));
    String onboarding = Vendors.startOnboarding(http, vendorId, Vendors.member("佐藤 葵", "aoi.sato@yamato.example",
        "開発者", "EMPLOYEE", Vendors.access("vpn", "user", "CRM プロジェクトにリモートで参加します")));
    Task approval = task(() -> {
      Jobs.runAllWithCalled(management, runtime, onboarding);
      return tasks.createTaskQuery().processInstanceBusinessKeyLike("yamato/%")
          .taskDefinitionKey(MemberOnboardingElements.TASK_SECURITY_APPROVAL).singleResult();
    });
    tasks.claim(approval.getId(), "sam");

    Webapps sam = openTask("sam", approval);
    sam.page().locator(".fjs-container input[type=radio][id*='-Field_approved-']").first().check(); // Approve
    sam.fillKept(sam.inputWithId("Field_approvalReason"), "お客様と合意したリモート勤務のため");
    ManualScreenshots.capture(sam.page(), "ja/vendor-onboarding-security-approval", sam.volatilePartsAndTaskList());
  }

  /** A browser set to Japanese in Tokyo, where the person chose 日本語. */
  private Page japanesePage() {
    Page page = browser.newPage("ja-JP", "Asia/Tokyo");
    page.setDefaultTimeout(60_000);
    page.context().addCookies(List.of(new Cookie("pmoflow-language", "ja").setUrl(base())));
    return page;
  }

  private Webapps tasklist(String user) {
    return new Webapps(japanesePage(), base()).login("tasklist", user).waitForUserMenu("ja").waitForTaskList();
  }

  /** Logs in and opens the task by its address, as a link in a task's mail does. */
  private Webapps openTask(String user, Task task) {
    Webapps person = tasklist(user);
    person.page().navigate(base() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    person.page().locator(".task-details .fjs-container").waitFor();
    person.page().waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    return person;
  }

  private long project(String code, String name) {
    return Projects.create(http, code, name + " " + code, 250000, "2027-01-01", "2027-12-31");
  }

  private static String created(ResponseEntity<Map> response, String field) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return String.valueOf(response.getBody().get(field));
  }

  /** The task once the engine has it (jobs run in the background are waited for, up to 20 s). */
  private static Task task(Supplier<Task> query) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    Task task;
    while ((task = query.get()) == null) {
      assertThat(Instant.now()).as("the task is there within 20 s").isBefore(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return task;
  }

  private String base() {
    return "http://localhost:" + port;
  }
}

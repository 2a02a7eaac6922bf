package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.Cookie;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.rfp.RfpVariables;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import io.pmoflow.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Tasklist with the language switch's cookie set to Japanese: the start form reads in Japanese,
 * form-js's own messages too, a refusal names the field as the Japanese form does, a number typed
 * full-width with an input method is the number meant, the filters and the new task's name read in
 * Japanese (the task's case as stored).
 */
@PostgresIntegrationTest
class JapaneseTasklistBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  Page page;

  /** paula reads English again: the journeys after this one, on the same database, mail her in English. */
  @AfterEach
  void paulaReadsEnglishAgain() {
    if (page != null) {
      page.context().close(); // Tasklist asks again now and then, in Japanese
    }
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    Api.as(http, "paula").exchange("/engine-rest/task?maxResults=1", HttpMethod.GET, new HttpEntity<>(english), String.class);
  }

  @Test
  void aJapaneseReaderStartsAnRfpInJapanese() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    long projectId = Projects.create(http, "JB-" + suffix.toUpperCase(), "CRM " + suffix, 50000, "2030-03-01", "2030-12-31");
    // a browser set to Japanese: the webapps' language script sets the cookie the server reads from it
    page = browser.newPage("ja-JP", "Asia/Tokyo");
    Webapps paula = new Webapps(page, "http://localhost:" + port).login("tasklist", "paula").waitForFilters();

    // the start dialog names the processes in Japanese (process/DefinitionNames)
    page.locator(".start-process-action a").first().click();
    Locator dialog = page.locator(".modal-dialog");
    assertThat(dialog).containsText("ベンダーのオンボーディング");
    assertThat(dialog).containsText("仕様変更の承認");
    assertThat(dialog).not().containsText("Vendor onboarding");
    assertThat(dialog).not().containsText("Spec-change approval");
    ManualScreenshots.capture(page, "ja/getting-started-start-process");
    page.keyboard().press("Escape");
    dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));

    paula.startProcess("RFP の作成");
    assertThat(page.locator(".modal-dialog .fjs-container")).containsText("提案依頼（RFP）を始める");
    assertThat(page.locator(".modal-dialog .fjs-container")).not().containsText("Project number");
    // form-js's own checks, in Japanese (scripts/pmoflow/form-js-language.js)
    paula.input("プロジェクト番号").focus();
    paula.input("RFP のタイトル").focus(); // leaves the project number empty
    assertThat(paula.validationMessage("プロジェクト番号")).hasText("入力してください。");
    paula.input("プロジェクト番号").fill("0");
    assertThat(paula.validationMessage("プロジェクト番号")).hasText("1 以上の値を入力してください。");
    assertThat(page.locator(".modal-dialog .fjs-container")).not().containsText("Field ");
    paula.fillKept("プロジェクト番号", "987654321");
    paula.fillKept("RFP のタイトル", "Hosting " + suffix);
    paula.submitStartForm();
    assertThat(paula.notifications().first()).containsText("プロジェクト番号：プロジェクト 987654321 はありません");
    assertThat(page.locator("body")).not().containsText("ENGINE-");
    paula.dismissNotifications();

    // the project number typed full-width with the input method (scripts/pmoflow/number-fields.js)
    String fullWidth = FullWidthTyping.fullWidth(String.valueOf(projectId));
    paula.input("プロジェクト番号").fill("");
    FullWidthTyping.compose(page, paula.input("プロジェクト番号"), fullWidth);
    assertThat(paula.input("プロジェクト番号")).hasValue(String.valueOf(projectId));
    assertThat(paula.validationMessages()).hasCount(0);
    paula.submitStartForm();
    assertThat(page.locator(".modal-dialog")).isHidden();
    assertThat(paula.startedCase()).containsText("開始しました：RFP-");
    paula.closeStartedCase();
    org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskNameLike("%Hosting " + suffix + "%").singleResult();
    String taskId = task.getId();
    assertThat(runtime.getVariable(task.getProcessInstanceId(), RfpVariables.PROJECT_ID)).hasToString(String.valueOf(projectId));
    assertThat(paula.filter("My groups' tasks")).containsText("自分のグループのタスク");
    assertThat(paula.filter("My tasks")).containsText("自分のタスク");
    assertThat(page.locator(".task-filters")).not().containsText("My groups' tasks");
    paula.openFilterAndWaitForList("My groups' tasks");
    assertThat(paula.taskLink(taskId).first()).containsText("RFP を起案する：RFP-");
    assertThat(paula.taskLink(taskId).first()).containsText("Hosting " + suffix);
    // the task list's process column
    assertThat(paula.taskList().locator(".task").filter(new Locator.FilterOptions().setHasText("Hosting " + suffix)).first())
        .containsText("RFP の作成");
    paula.openTaskById(taskId);
    assertThat(page.locator(".task-details")).containsText("RFP を起案する");
    assertThat(page.locator(".task-details .fjs-container")).containsText("時刻（UTC）");

    // a date field's calendar names months and weekdays in Japanese (scripts/pmoflow/form-js-calendar.js)
    paula.readingJapanese().claim();
    page.locator(".task-details .fjs-form-field-datetime input:not([disabled])").first().focus();
    Locator calendar = page.locator(".flatpickr-calendar.open");
    assertThat(calendar.locator(".flatpickr-weekday").first()).hasText("日");
    assertThat(calendar.locator(".flatpickr-weekday").last()).hasText("土");
    assertThat(calendar.locator(".flatpickr-monthDropdown-months option").first()).hasText("1月");
    assertThat(calendar.locator(".flatpickr-monthDropdown-months")).not().containsText("January");
    assertThat(calendar.locator(".flatpickr-day[aria-label*='年'][aria-label$='月1日']").first()).isAttached();
  }
}

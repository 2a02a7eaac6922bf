package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pmoflow.i18n.WebappLocales;
import io.pmoflow.support.PostgresIntegrationTest;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist, Cockpit and Admin in the browser's language (Japanese or English), the switch in the
 * user menu, and the cookie that tells the server the same language. Japanese texts are looked up
 * in the app's ja.json, so a better translation does not break the journey.
 */
@PostgresIntegrationTest
class WebappLanguageBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @Test
  void aJapaneseBrowserSeesTasklistCockpitAndAdminInJapanese() {
    Page page = browser.newPage("ja-JP", "Asia/Tokyo");
    page.navigate(base() + "/camunda/app/tasklist/");
    assertThat(page.locator("form[name=signinForm] input[ng-model=username]"))
        .hasAttribute("placeholder", WebappLocales.label("tasklist", "ja", "PAGE_LOGIN_USERNAME"));
    assertThat(page.locator("html")).hasAttribute("lang", "ja");
    assertThat(languageCookie(page)).contains("ja");

    Webapps tasklist = new Webapps(page, base()).login("tasklist", "paula").waitForUserMenu("ja");
    assertThat(page.locator(".start-process-action"))
        .containsText(WebappLocales.label("tasklist", "ja", "START_PROCESS"));
    tasklist.waitForTaskList();
    assertThat(tasklist.languageChoices()).hasText(new String[] {"日本語", "English"});
    assertThat(tasklist.languageChoices().first()).hasClass(Pattern.compile("\\bactive\\b"));
    ManualScreenshots.capture(page, "getting-started-japanese", tasklist.volatilePartsAndTaskList());

    Webapps cockpit = new Webapps(browser.newPage("ja-JP", "Asia/Tokyo"), base()).login("cockpit", "demo").waitForUserMenu("ja");
    assertThat(cockpit.page().getByText(WebappLocales.label("cockpit", "ja", "DASHBOARD_RUNNING_PROCESS_INSTANCE")))
        .isVisible();

    Webapps admin = new Webapps(browser.newPage("ja-JP", "Asia/Tokyo"), base()).login("admin", "demo").waitForUserMenu("ja");
    assertThat(admin.page().getByText(WebappLocales.label("admin", "ja", "USERS_CREATE_NEW")).first()).isVisible();
    assertThat(admin.page().locator("html")).hasAttribute("lang", "ja");
  }

  @Test
  void theUserMenuTurnsTheWebappsToEnglishAndTheChoiceStays() {
    Page page = browser.newPage("ja-JP", "Asia/Tokyo");
    Webapps tasklist = new Webapps(page, base()).login("tasklist", "demo").waitForUserMenu("ja");
    assertThat(page.locator(".start-process-action"))
        .containsText(WebappLocales.label("tasklist", "ja", "START_PROCESS"));

    tasklist.chooseLanguage("English", "en");
    assertThat(page.locator(".start-process-action")).containsText("Start process");
    assertThat(languageCookie(page)).contains("en");

    page.reload();
    tasklist.waitForUserMenu("en");
    assertThat(page.locator(".start-process-action")).containsText("Start process");
    // the choice holds in the other apps of this browser too, over its Japanese language
    page.navigate(base() + "/camunda/app/cockpit/");
    tasklist.waitForUserMenu("en");
    assertThat(page.getByText("Running Process Instances")).isVisible();

    new Webapps(page, base()).chooseLanguage("日本語", "ja");
    assertThat(page.getByText(WebappLocales.label("cockpit", "ja", "DASHBOARD_RUNNING_PROCESS_INSTANCE"))).isVisible();
    assertThat(languageCookie(page)).contains("ja");
  }

  @Test
  void anEnglishBrowserGetsEnglish() {
    Page page = browser.newPage("en-US", "UTC");
    page.navigate(base() + "/camunda/app/tasklist/");
    assertThat(page.locator("form[name=signinForm] input[ng-model=username]")).hasAttribute("placeholder", "Username");
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(languageCookie(page)).contains("en");

    new Webapps(page, base()).login("tasklist", "demo").waitForUserMenu("en");
    assertThat(page.locator(".start-process-action")).containsText("Start process");
  }

  @Test
  void theLoginPageOffersTheOtherLanguage() {
    Page page = browser.newPage("en-US", "UTC");
    page.navigate(base() + "/camunda/app/cockpit/");
    Locator username = page.locator("form[name=signinForm] input[ng-model=username]");
    assertThat(username).hasAttribute("placeholder", "Username");

    page.locator("li.pmoflow-language-login a").filter(new Locator.FilterOptions().setHasText("日本語")).click();
    assertThat(username).hasAttribute("placeholder", WebappLocales.label("cockpit", "ja", "PAGE_LOGIN_USERNAME"));
    assertThat(page.locator("li.pmoflow-language-login a")).hasText("English");
    assertThat(languageCookie(page)).contains("ja");
  }

  @Test
  void timesShowInTheConfiguredZoneNamedWhereTheBrowserIsElsewhere() {
    // the tests' deployment keeps the default: English, so UTC; this browser is in New York
    Task task = tasks.newTask("i11-zone-" + System.nanoTime());
    task.setName("Check the zone of times");
    task.setAssignee("demo");
    task.setDueDate(Date.from(Instant.parse("2027-01-15T09:30:00Z")));
    tasks.saveTask(task);
    try {
      Page page = browser.newPage("en-US", "America/New_York");
      Webapps tasklist = new Webapps(page, base()).login("tasklist", "demo").openFilterAndWaitForList("My tasks");
      // 04:30 in New York; the due date's tooltip gives the deployment's time and names its zone
      assertThat(tasklist.taskList().locator(".task").filter(new Locator.FilterOptions().setHasText(task.getName()))
          .locator(".due-date [uib-tooltip]"))
          .hasAttribute("uib-tooltip", "Friday, 15 January 2027 09:30 UTC");
      assertThat(page.locator("#footer-timezone")).containsText("UTC");
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }

  private static Optional<String> languageCookie(Page page) {
    return page.context().cookies().stream()
        .filter(cookie -> cookie.name.equals("pmoflow-language"))
        .peek(cookie -> assertThat(cookie.path).isEqualTo("/"))
        .peek(cookie -> assertThat(cookie.sameSite).hasToString("LAX"))
        .map(cookie -> cookie.value)
        .findFirst();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}

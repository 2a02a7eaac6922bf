package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pmoflow.i18n.WebappLocales;
import io.pmoflow.support.PostgresIntegrationTest;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Japanese manual's pictures (docs/manual/ja, images in docs/manual/images/ja) of the chapters
 * "はじめに" and "運用担当者向け" (the Cockpit dashboard), taken in a browser set to Japanese in which
 * the person chose Japanese in PMO Flow ({@link JourneySteps#japanese}). The chapters on the
 * processes have their own Japanese journeys: {@link JapaneseSpecChangeManualBrowserIT},
 * {@link JapaneseOnboardingManualBrowserIT} (with the operators' incident) and
 * {@link JapaneseRfpManualBrowserIT}.
 */
@PostgresIntegrationTest
class JapaneseManualBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;

  JourneySteps steps;

  @BeforeEach
  void steps() {
    steps = JourneySteps.japanese(browser, http, tasks, port);
  }

  @Test
  void gettingStartedAndCockpitInJapanese() {
    Page page = steps.page();
    page.navigate(steps.base() + "/");
    Locator username = page.locator("form[name=signinForm] input[ng-model=username]");
    username.waitFor(); // the first page of a freshly started application, on a busy machine: up to a minute
    assertThat(username).hasAttribute("placeholder", WebappLocales.label("tasklist", "ja", "PAGE_LOGIN_USERNAME"));
    ManualScreenshots.capture(page, "ja/getting-started-login");

    Webapps tasklist = new Webapps(page, steps.base()).readingJapanese()
        .login("tasklist", "paula").waitForUserMenu("ja").waitForTaskList();
    assertThat(page.locator(".start-process-action")).containsText(WebappLocales.label("tasklist", "ja", "START_PROCESS"));
    ManualScreenshots.capture(page, "ja/getting-started-tasklist", tasklist.volatilePartsAndTaskList());
    // the language menu, 日本語 chosen
    assertThat(tasklist.languageChoices()).hasText(new String[] {"日本語", "English"});
    assertThat(tasklist.languageChoices().first()).hasClass(Pattern.compile("\\bactive\\b"));
    ManualScreenshots.capture(page, "ja/getting-started-japanese", tasklist.volatilePartsAndTaskList());

    Webapps cockpit = steps.webapps().login("cockpit", "demo").waitForUserMenu("ja");
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
}

package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.pmoflow.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Logging in as each kind of person: who reaches Tasklist, who reaches Cockpit. */
@PostgresIntegrationTest
class AccessBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;

  @Test
  void aPersonLogsInToTasklistAndSeesTheirFilters() {
    Page page = browser.newPage();
    page.navigate(base() + "/");
    assertThat(page.getByPlaceholder("Username", new Page.GetByPlaceholderOptions().setExact(true))).isVisible();
    ManualScreenshots.capture(page, "getting-started-login");

    Webapps tasklist = new Webapps(page, base()).login("tasklist", "paula").waitForFilters();

    assertThat(tasklist.filter("My tasks")).isVisible();
    assertThat(tasklist.filter("My groups' tasks")).isVisible();
    // taken once the list has loaded (not "Loading…"); what it lists depends on the other tests
    // sharing the database, so it is masked like the counters
    tasklist.waitForTaskList();
    ManualScreenshots.capture(page, "getting-started-tasklist", tasklist.volatilePartsAndTaskList());
  }

  @Test
  void aVendorLogsInToTasklistToo() {
    Webapps tasklist = new Webapps(browser.newPage(), base()).login("tasklist", "victor").waitForFilters();
    assertThat(tasklist.filter("My groups' tasks")).isVisible();
  }

  @Test
  void onlyAdministratorsEnterCockpit() {
    Webapps asPeter = new Webapps(browser.newPage(), base()).login("cockpit", "peter");
    assertThat(asPeter.page().getByText("missing access rights to application")).isVisible();

    Webapps asDemo = new Webapps(browser.newPage(), base()).login("cockpit", "demo");
    assertThat(asDemo.page().getByText("Running Process Instances")).isVisible();
    // the header shows the user id until the profile has loaded, then the name
    assertThat(asDemo.page().getByText("Demo Administrator")).isVisible();
    ManualScreenshots.capture(asDemo.page(), "operators-cockpit-dashboard", asDemo.volatileParts());
  }

  private String base() {
    return "http://localhost:" + port;
  }
}

package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
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
  void aPersonLoggedInToTasklistReadsTheApplicationApiWithoutASecondLogin() {
    Webapps tasklist = new Webapps(browser.newPage(), base()).login("tasklist", "paula").waitForFilters();
    APIResponse read = tasklist.page().request().get(base() + "/api/projects");
    org.assertj.core.api.Assertions.assertThat(read.status()).isEqualTo(200);
    // changes still need the API's own login: a session cookie alone could be sent by another site
    APIResponse write = tasklist.page().request().post(base() + "/api/projects",
        RequestOptions.create().setHeader("Content-Type", "application/json").setData("{}"));
    org.assertj.core.api.Assertions.assertThat(write.status()).isEqualTo(401);
    // another browser, not logged in: no access
    APIResponse stranger = browser.newPage().request().get(base() + "/api/projects");
    org.assertj.core.api.Assertions.assertThat(stranger.status()).isEqualTo(401);
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

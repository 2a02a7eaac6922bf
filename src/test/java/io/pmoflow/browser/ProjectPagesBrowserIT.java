package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pmoflow.browser.PmoPages.logInOnTasklistsForm;
import static io.pmoflow.browser.PmoPages.tabTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.support.Api;
import io.pmoflow.support.Projects;
import io.pmoflow.support.PostgresIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
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
 * The project pages in Chromium: one login with Tasklist in both directions, registering a project
 * with the keyboard only (refused input shown next to its field, typed values kept), the dictionary
 * edited in place with its history, the portfolio, and logging out of either ending both. Pictures
 * for docs/manual/pages.md.
 */
@PostgresIntegrationTest
@SuppressWarnings("rawtypes")
class ProjectPagesBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;

  @Test
  void thePmoRegistersAProjectWithTheKeyboardKeepsItsDictionaryAndReadsThePortfolio() {
    Page page = page();
    // not logged in: Tasklist's login, then back to the page asked for
    page.navigate(base() + "/pmo/projects");
    logInOnTasklistsForm(page, "paula");
    page.waitForURL(Pattern.compile(".*/pmo/projects$"));
    assertThat(page.locator("header.site .name")).hasText(Pattern.compile("Paula"));

    // keyboard only: to "Register a project", then field after field; Enter submits
    tabTo(page, "a.button");
    page.keyboard().press("Enter");
    page.waitForURL(Pattern.compile(".*/pmo/projects/new$"));
    tabTo(page, "#code");
    page.keyboard().type("PORTAL-2027");
    page.keyboard().press("Tab"); // the name is left out
    page.keyboard().press("Tab");
    page.keyboard().type("Sales");
    page.keyboard().press("Tab");
    page.keyboard().type("Pe"); // the project manager, picked by typing
    page.keyboard().press("Tab");
    page.keyboard().type("Pa"); // the PMO owner
    page.keyboard().press("Tab");
    page.keyboard().type("abc"); // no amount
    page.keyboard().press("Tab");
    // a date field, typed in the order it shows: the browser's own language (Chromium's en-US: month, day,
    // year); Tab then stops on its calendar button before the next field
    page.keyboard().type("04012027");
    tabTo(page, "#plannedEnd");
    page.keyboard().type("09302027");
    tabTo(page, "main form button[type=submit]");
    page.keyboard().press("Enter");

    // refused: each reason next to its field, what was typed kept, the focus on the first refused field
    assertThat(page.locator(".summary")).isVisible();
    assertThat(page.locator("#name-error")).hasText("is required");
    assertThat(page.locator("#budget-error")).containsText("is not an amount");
    assertThat(page.locator("#budget")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#budget")).hasAttribute("aria-describedby", "budget-error");
    assertThat(page.locator("#code")).hasValue("PORTAL-2027");
    assertThat(page.locator("#budget")).hasValue("abc");
    assertThat(page.locator("#projectManager")).hasValue("peter");
    assertThat(page.locator("#plannedStart")).hasValue("2027-04-01");
    assertThat(page.locator("#plannedEnd")).hasValue("2027-09-30");
    assertThat(page.locator("#name")).isFocused();
    ManualScreenshots.capture(page, "pages-register-refused");

    page.keyboard().type("Order portal renewal");
    for (int i = 0; i < 4; i++) {
      page.keyboard().press("Tab");
    }
    assertThat(page.locator("#budget")).isFocused();
    page.keyboard().press("Control+A");
    page.keyboard().type("250000");
    page.keyboard().press("Enter");
    page.waitForURL(Pattern.compile(".*/pmo/projects/\\d+\\?saved$"));
    assertThat(page.locator("h1")).containsText("PORTAL-2027");
    assertThat(page.locator("dl.facts")).containsText("250,000");
    long id = Long.parseLong(page.url().replaceAll(".*/pmo/projects/(\\d+).*", "$1"));

    // an RFP waits on the PMO's draft: the project's page says what waits on whom since when
    String rfp = rfp(id, "Order portal build");
    page.navigate(base() + "/pmo/projects/" + id);
    Locator rfps = page.locator("section").filter(new Locator.FilterOptions().setHasText("Requests for proposal"));
    assertThat(rfps.locator("tbody tr").first()).containsText("Order portal build");
    assertThat(rfps.locator("tbody tr").first()).containsText("Draft the RFP");
    assertThat(rfps.locator("tbody tr").first()).containsText("group:pmo");

    // the dictionary, edited in place
    page.locator("#new-term").fill("Order");
    page.locator("#new-definition").fill("A purchase the customer has confirmed");
    page.locator("form.new-term button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*term=Order#dictionary$"));
    page.locator("#definition-0").fill("A purchase the customer confirmed and paid for");
    page.locator("#definition-0").press("Tab");
    page.keyboard().press("Enter");
    page.waitForURL(Pattern.compile(".*term=Order#dictionary$"));
    Locator history = page.locator("#dictionary details").first();
    history.locator("summary").click();
    assertThat(history).containsText("A purchase the customer has confirmed");
    assertThat(history.locator("summary")).hasText("History (2 changes)");
    page.locator("#definition-0").fill(" ");
    page.locator("#definition-0").press("Tab");
    page.keyboard().press("Enter");
    assertThat(page.locator("#definition-0-error")).hasText("is required");
    page.navigate(base() + "/pmo/projects/" + id + "#dictionary");
    page.locator("#dictionary details").first().locator("summary").click();
    ManualScreenshots.capture(page, "pages-project", timesOn(page));

    page.navigate(base() + "/pmo/portfolio");
    Locator line = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("PORTAL-2027"));
    assertThat(line).containsText("Draft the RFP");
    PmoPages.showOnlyRowsWith(page, "PORTAL-2027");
    ManualScreenshots.capture(page, "pages-portfolio", portfolioMasks(page));

    // the task's form links the case's project page
    Task draft = tasks.createTaskQuery().processInstanceId(rfp).singleResult();
    Webapps tasklist = new Webapps(page, base());
    page.navigate(base() + "/camunda/app/tasklist/");
    tasklist.waitForFilters().openFilterAndWaitForList("My groups' tasks").openTaskById(draft.getId());
    Locator projectLink = page.locator(".fjs-container a[href='/pmo/projects/" + id + "']");
    assertThat(projectLink).containsText("Open the project's page");
  }

  @Test
  void oneLoginForTasklistAndThePagesAndLoggingOutOfEitherEndsBoth() {
    // Tasklist → pages: the header's link opens the pages without a second login
    Webapps pia = new Webapps(page(), base()).login("tasklist", "pia").waitForFilters();
    Locator link = pia.page().locator("li.pmoflow-pages a");
    assertThat(link).hasText("Projects");
    ManualScreenshots.capture(pia.page(), "pages-tasklist-link", pia.volatileParts());
    link.click();
    pia.page().waitForURL(Pattern.compile(".*/pmo/projects$"));
    assertThat(pia.page().locator("header.site .name")).hasText(Pattern.compile("Pia"));

    // logging out on the pages ends Tasklist's login too
    pia.page().locator("button.logout").click();
    pia.page().waitForURL(Pattern.compile(".*/camunda/app/tasklist/.*"));
    pia.page().locator("form[name=signinForm]").waitFor();
    pia.page().navigate(base() + "/pmo/projects");
    pia.page().locator("form[name=signinForm]").waitFor();
    assertThat(pia.page()).hasURL(Pattern.compile(".*/camunda/app/tasklist/.*login.*"));

    // pages → Tasklist: log in from the pages, log out in Tasklist, and the pages ask to log in again
    logInOnTasklistsForm(pia.page(), "pia");
    pia.page().waitForURL(Pattern.compile(".*/pmo/projects$"));
    pia.page().navigate(base() + "/camunda/app/tasklist/");
    pia.waitForFilters();
    pia.page().locator("li.account.dropdown > a").click();
    pia.page().locator("li.logout a").click();
    pia.page().locator("form[name=signinForm]").waitFor();
    pia.page().navigate(base() + "/pmo/portfolio");
    pia.page().locator("form[name=signinForm]").waitFor();
    assertThat(pia.page()).hasURL(Pattern.compile(".*/camunda/app/tasklist/.*login.*"));
  }

  @Test
  void aVendorOpeningTheProjectPagesIsRefused() {
    long id = Projects.create(http, "PORTAL-VND", "Not for vendors", 1000, "2027-04-01", "2027-09-30");
    Webapps victor = new Webapps(page(), base()).login("tasklist", "victor").waitForFilters();
    assertThat(victor.page().locator("li.pmoflow-pages")).hasCount(1);
    victor.page().navigate(base() + "/pmo/projects/" + id);
    assertThat(victor.page().locator("h1")).hasText("Refused (403)");
    assertThat(victor.page().locator("#main")).not().containsText("Not for vendors");
  }

  private Page page() {
    Page page = browser.newPage();
    page.setDefaultTimeout(60_000);
    return page;
  }

  private String base() {
    return "http://localhost:" + port;
  }



  /** What differs between runs: the moments things happened. */
  static Locator[] timesOn(Page page) {
    return new Locator[] {
      page.locator("table.cases td:nth-child(6)"), page.locator("#dictionary tbody td:nth-child(3)"),
      page.locator("ol.history li span:first-child"), page.locator("tbody td:last-child")
    };
  }

  /** What differs between runs in the portfolio: the longest wait, and the other tests' projects. */
  /** The portfolio's "waiting longest" column: it says since when, which changes with every run. */
  static Locator[] portfolioMasks(Page page) {
    return new Locator[] {page.locator("tbody td:nth-child(7)")};
  }

  /** Starts an RFP of the project as paula; returns its process instance id. */
  private String rfp(long projectId, String title) {
    Instant questions = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> body =
        RfpDraftFixture.body(projectId, title, 60, questions, questions.plus(5, ChronoUnit.DAYS), "a@acme.example", "g@globex.example");
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class);
    org.assertj.core.api.Assertions.assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("processInstanceId");
  }
}

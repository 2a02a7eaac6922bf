package io.pmoflow.browser;

import static io.pmoflow.browser.VendorOnboardingBrowserIT.CONTRACT_END;
import static io.pmoflow.browser.VendorOnboardingBrowserIT.CONTRACT_START;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pmoflow.browser.PmoPages.logInOnTasklistsForm;
import static io.pmoflow.browser.PmoPages.tabTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Vendors;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The vendor pages in Chromium: the PMO registers a vendor with the keyboard only (refusals next to
 * the fields, typed values kept), starts its onboarding with a first member and adds a second one
 * from the vendor's page, and reads the page: contract, members, each access with who approved it
 * and until when, the reconciliation findings. Security follows the link at the end of a Tasklist
 * form to the same page; a vendor's staff are refused another vendor's page and the sponsoring PM
 * only reads. Pictures for docs/manual/vendor-portal.md.
 */
@PostgresIntegrationTest
class VendorPagesBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired InMemoryDirectoryServer ldap;

  @Test
  void thePmoRegistersAVendorWithTheKeyboardOnboardsItsPeopleAndReadsWhoHasWhatUntilWhen() throws Exception {
    Page page = page();
    page.navigate(base() + "/pmo/vendors");
    logInOnTasklistsForm(page, "paula");
    page.waitForURL(Pattern.compile(".*/pmo/vendors$"));

    // keyboard only: to "Register a vendor", then field after field; Enter submits
    tabTo(page, "a.button");
    page.keyboard().press("Enter");
    page.waitForURL(Pattern.compile(".*/pmo/vendors/new$"));
    tabTo(page, "#code");
    page.keyboard().type("Cyberdyne Systems"); // not a code: capitals and a space
    page.keyboard().press("Tab");
    page.keyboard().type("Cyberdyne Systems");
    page.keyboard().press("Tab");
    page.keyboard().type("C-2026-41");
    page.keyboard().press("Tab");
    // a date field, typed in the order it shows: the browser's own language (Chromium's en-US: month, day,
    // year); Tab then stops on its calendar button before the next field
    page.keyboard().type("11022026");
    tabTo(page, "#contractEnd");
    page.keyboard().type("06282030");
    tabTo(page, "input[name=ndaOnFile]");
    page.keyboard().press("Space"); // the NDA is on file
    page.keyboard().press("Tab");
    page.keyboard().type("Pe"); // the sponsor, picked by typing
    page.keyboard().press("Tab");
    page.keyboard().type("Miles Dyson");
    page.keyboard().press("Tab");
    page.keyboard().type("miles.dyson"); // no domain
    page.keyboard().press("Enter");

    assertThat(page.locator(".summary")).isVisible();
    assertThat(page.locator("#code-error")).isVisible();
    assertThat(page.locator("#leadEmail-error")).isVisible();
    assertThat(page.locator("#leadEmail")).hasAttribute("aria-describedby", "leadEmail-error");
    assertThat(page.locator("#company")).hasValue("Cyberdyne Systems");
    assertThat(page.locator("#contractStart")).hasValue(CONTRACT_START);
    assertThat(page.locator("#contractEnd")).hasValue(CONTRACT_END);
    assertThat(page.locator("#sponsor")).hasValue("peter");
    assertThat(page.locator("input[name=ndaOnFile]")).isChecked();
    assertThat(page.locator("#code")).isFocused();
    ManualScreenshots.capture(page, "pages-vendor-register-refused");

    page.keyboard().press("Control+A");
    page.keyboard().type("cyberdyne");
    tabTo(page, "#leadEmail");
    page.keyboard().press("Control+A");
    page.keyboard().type("miles.dyson@cyberdyne.example");
    page.keyboard().press("Enter");
    page.waitForURL(Pattern.compile(".*/pmo/vendors/\\d+\\?registered$"));
    long vendorId = Long.parseLong(page.url().replaceAll(".*/pmo/vendors/(\\d+).*", "$1"));
    assertThat(page.locator("h1")).hasText("Cyberdyne Systems (cyberdyne)");
    assertThat(page.locator("dl.facts")).containsText("C-2026-41");

    // the onboarding starts from the page with its first member; an unknown role is refused next to it
    member(page, "Ann Archer", "ann.archer@cyberdyne.example", "Developer", "git", "developers", "Works on the order portal");
    assertThat(page.locator("#role-error")).isVisible();
    assertThat(page.locator("#name")).hasValue("Ann Archer");
    page.locator("#role").fill("developer");
    page.locator("form.member button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*/pmo/vendors/" + vendorId + "\\?started$"));
    String onboarding = runtime.createProcessInstanceQuery().processInstanceBusinessKey("cyberdyne").singleResult().getId();
    Jobs.runAllWithCalled(management, runtime, onboarding); // git/developer for an employee: the PMO's own authority

    // a second member joins the running contract: the same form, now "Add a member"
    page.navigate(base() + "/pmo/vendors/" + vendorId);
    assertThat(page.locator("#member-form-heading")).hasText("Add a member");
    member(page, "Bob Baker", "ann.archer@cyberdyne.example", "Tester", "vpn", "user", "Tests from home");
    assertThat(page.locator("#email-error")).containsText("already");
    assertThat(page.locator("#system")).hasValue("vpn");
    page.locator("#member-form-heading").scrollIntoViewIfNeeded();
    ManualScreenshots.capture(page, "pages-vendor-add-member-refused");
    page.locator("#email").fill("bob.baker@cyberdyne.example");
    page.locator("form.member button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*/pmo/vendors/" + vendorId + "\\?added$"));
    Jobs.runAllWithCalled(management, runtime, onboarding);

    // an account of this vendor in the directory that no grant explains
    ldap.add("dn: uid=cyberdyne-t.connor,ou=people,dc=pmoflow,dc=example", "objectClass: inetOrgPerson",
        "uid: cyberdyne-t.connor", "cn: T Connor", "sn: Connor", "mail: t.connor@cyberdyne.example", "employeeType: vendor");
    page.navigate(base() + "/pmo/vendors/" + vendorId);
    Locator members = page.locator("#main table");
    Locator ann = members.locator("tr").filter(new Locator.FilterOptions().setHasText("Ann Archer"));
    assertThat(ann).containsText("git / developer: granted");
    assertThat(ann).containsText("PMO Flow, automatically");
    assertThat(ann).containsText("(within the PMO's delegated authority)");
    assertThat(ann).containsText(Pattern.compile("28 Jun\\w* 2030"));
    Locator bob = members.locator("tr").filter(new Locator.FilterOptions().setHasText("Bob Baker"));
    assertThat(bob).containsText("vpn / user: requested");
    assertThat(bob).containsText("not decided yet");
    assertThat(page.locator("#main")).containsText("cyberdyne-t.connor");
    scrollToTop(page.locator("#main h2").filter(new Locator.FilterOptions().setHasText("Members and their access")));
    ManualScreenshots.capture(page, "pages-vendor-members", page.locator("#main .when"));

    // security opens Bob's approval in Tasklist and follows the link at the end of the form to the vendor's page
    Task approval = taskOfMembers(onboarding, MemberOnboardingElements.TASK_SECURITY_APPROVAL);
    Webapps sam = new Webapps(page(), base()).login("tasklist", "sam").waitForFilters();
    sam.openFilterAndWaitForList("My groups' tasks").openTaskById(approval.getId());
    Locator link = sam.page().locator(".fjs-container a[href='/pmo/vendors/" + vendorId + "']");
    assertThat(link).hasText("Open the vendor's page: its contract, members and their access");
    assertThat(link).not().hasAttribute("target", Pattern.compile(".*")); // opens in the same tab
    link.click();
    sam.page().waitForURL(Pattern.compile(".*/pmo/vendors/" + vendorId + "$"));
    assertThat(sam.page().locator("header.site .name")).hasText(Pattern.compile("Sam"));
    assertThat(sam.page().locator("h1")).hasText("Cyberdyne Systems (cyberdyne)");
    assertThat(sam.page().locator("#member-form-heading")).hasCount(0); // security reads; the PMO changes
  }

  @Test
  void theSponsorOnlyReadsAndAnotherVendorsStaffAreRefused() {
    long vendorId = Vendors.register(http, Vendors.registration("oscorp", "Oscorp", "Lead of Oscorp", CONTRACT_START, CONTRACT_END, true));
    Vendors.startOnboarding(http, vendorId, Vendors.member("Otto Octavius", "otto@oscorp.example", "Developer", "EMPLOYEE",
        Vendors.access("git", "reader", "Reads the code")));

    Page peter = page();
    peter.navigate(base() + "/pmo/vendors/" + vendorId);
    logInOnTasklistsForm(peter, "peter");
    peter.waitForURL(Pattern.compile(".*/pmo/vendors/" + vendorId + "$"));
    assertThat(peter.locator("#main")).containsText("Otto Octavius");
    assertThat(peter.locator("form.member")).hasCount(0);
    assertThat(peter.locator("button", new Page.LocatorOptions().setHasText("End access"))).hasCount(0);

    Page victor = page();
    victor.navigate(base() + "/pmo/vendors/" + vendorId);
    logInOnTasklistsForm(victor, "victor");
    assertThat(victor.locator("h1")).hasText("Refused (403)");
    assertThat(victor.locator("#main")).not().containsText("Otto Octavius");
  }

  /** Scrolls the page so that the element is at the top of the window (a picture of what follows it). */
  static void scrollToTop(Locator element) {
    element.evaluate("element => element.scrollIntoView({block: 'start'})");
  }

  /** Fills the member form of the vendor's page (an employee) and sends it. */
  static void member(Page page, String name, String email, String roleInProject, String system, String role, String why) {
    page.locator("#name").fill(name);
    page.locator("#email").fill(email);
    page.locator("#roleInProject").fill(roleInProject);
    page.locator("#memberType").selectOption("EMPLOYEE");
    page.locator("#system").fill(system);
    page.locator("#role").fill(role);
    page.locator("#justification").fill(why);
    page.locator("form.member button[type=submit]").click();
    page.waitForLoadState();
  }

  /** The one open task {@code key} among the member onboardings that the vendor's onboarding called. */
  private Task taskOfMembers(String onboarding, String key) {
    String[] members = runtime.createProcessInstanceQuery().superProcessInstanceId(onboarding).list().stream()
        .map(ProcessInstance::getId).toArray(String[]::new);
    return tasks.createTaskQuery().processInstanceIdIn(members).taskDefinitionKey(key).singleResult();
  }

  private Page page() {
    Page page = browser.newPage();
    page.setDefaultTimeout(60_000);
    return page;
  }

  private String base() {
    return "http://localhost:" + port;
  }
}

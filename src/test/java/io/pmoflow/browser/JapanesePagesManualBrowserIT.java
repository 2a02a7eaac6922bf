package io.pmoflow.browser;

import static io.pmoflow.browser.VendorOnboardingBrowserIT.CONTRACT_END;
import static io.pmoflow.browser.VendorOnboardingBrowserIT.CONTRACT_START;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pmoflow.browser.PmoPages.logInOnTasklistsForm;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.pmoflow.rfp.IssuedRfps;
import io.pmoflow.rfp.IssuedRfps.Issued;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The pictures of the Japanese chapters docs/manual/ja/pages.md and vendor-portal.md, taken at the
 * steps {@link ProjectPagesBrowserIT}, {@link VendorPagesBrowserIT} and {@link VendorPortalBrowserIT}
 * take them, by people who read Japanese ({@link JourneySteps#japanese}) with Japanese data. Every
 * text of the pages is in Japanese: the page shows no text of the English bundle.
 */
@PostgresIntegrationTest
class JapanesePagesManualBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired InMemoryDirectoryServer ldap;

  JourneySteps steps;

  @BeforeEach
  void steps() {
    steps = JourneySteps.japanese(browser, http, tasks, port);
  }

  @Test
  void thePmoRegistersAProjectKeepsItsDictionaryAndReadsThePortfolioInJapanese() {
    Webapps paula = steps.tasklist("paula");
    Locator link = paula.page().locator("li.pmoflow-pages a");
    assertThat(link).hasText("プロジェクト");
    ManualScreenshots.capture(paula.page(), "ja/pages-tasklist-link", paula.volatileParts());
    link.click();
    Page page = paula.page();
    page.waitForURL(Pattern.compile(".*/pmo/projects$"));

    page.navigate(steps.base() + "/pmo/projects/new");
    page.locator("#code").fill("HANBAI-2027");
    page.locator("#clientDepartment").fill("営業部");
    page.locator("#projectManager").selectOption("peter");
    page.locator("#pmoOwner").selectOption("paula");
    page.locator("#budget").fill("未定");
    page.locator("#plannedStart").fill("2027-04-01");
    page.locator("#plannedEnd").fill("2027-09-30");
    page.locator("main form button[type=submit]").click();
    assertThat(page.locator("#name-error")).hasText("必須です");
    assertThat(page.locator("#budget-error")).isVisible();
    assertThat(page.locator("#budget")).hasValue("未定");
    inJapaneseOnly(page);
    ManualScreenshots.capture(page, "ja/pages-register-refused");

    page.locator("#name").fill("受注ポータル刷新");
    page.locator("#budget").fill("２５０，０００");
    page.locator("main form button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*/pmo/projects/\\d+\\?saved$"));
    long id = Long.parseLong(page.url().replaceAll(".*/pmo/projects/(\\d+).*", "$1"));
    rfp(id, "受注ポータル構築");

    page.navigate(steps.base() + "/pmo/projects/" + id);
    page.locator("#new-term").fill("受注");
    page.locator("#new-definition").fill("顧客が確定した購入");
    page.locator("form.new-term button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*#dictionary$"));
    page.locator("#definition-0").fill("顧客が確定し、支払いを済ませた購入");
    page.locator("form.term-edit button[type=submit]").first().click();
    page.waitForURL(Pattern.compile(".*#dictionary$"));
    page.navigate(steps.base() + "/pmo/projects/" + id + "#dictionary");
    page.locator("#dictionary details").first().locator("summary").click();
    assertThat(page.locator("#dictionary details").first().locator("summary")).hasText("履歴（2 件）");
    inJapaneseOnly(page);
    ManualScreenshots.capture(page, "ja/pages-project", ProjectPagesBrowserIT.timesOn(page));

    page.navigate(steps.base() + "/pmo/portfolio");
    assertThat(page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("HANBAI-2027"))).containsText("RFP を起案する");
    inJapaneseOnly(page);
    PmoPages.showOnlyRowsWith(page, "HANBAI-2027");
    ManualScreenshots.capture(page, "ja/pages-portfolio", ProjectPagesBrowserIT.portfolioMasks(page));
  }

  @Test
  void thePmoRegistersAVendorOnboardsItsPeopleAndReadsItsPageInJapanese() throws Exception {
    Page page = steps.page();
    page.navigate(steps.base() + "/pmo/vendors/new");
    logInOnTasklistsForm(page, "paula");
    page.waitForURL(Pattern.compile(".*/pmo/vendors/new$"));
    page.locator("#code").fill("Midori Shoji");
    page.locator("#company").fill("みどり商事");
    page.locator("#contractNumber").fill("C-2026-88");
    page.locator("#contractStart").fill(CONTRACT_START);
    page.locator("#contractEnd").fill(CONTRACT_END);
    page.locator("input[name=ndaOnFile]").check();
    page.locator("#sponsor").selectOption("peter");
    page.locator("#leadName").fill("森 翔太");
    page.locator("#leadEmail").fill("shota.mori");
    page.locator("#language").selectOption("ja");
    page.locator("main form button[type=submit]").click();
    assertThat(page.locator("#code-error")).isVisible();
    assertThat(page.locator("#leadEmail-error")).isVisible();
    assertThat(page.locator("#company")).hasValue("みどり商事");
    inJapaneseOnly(page);
    ManualScreenshots.capture(page, "ja/pages-vendor-register-refused");

    page.locator("#code").fill("midori");
    page.locator("#leadEmail").fill("shota.mori@midori.example");
    page.locator("main form button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*/pmo/vendors/\\d+\\?registered$"));
    String vendorPage = page.url().replaceAll("\\?.*", "");

    VendorPagesBrowserIT.member(page, "田中 美咲", "misaki.tanaka@midori.example", "開発者", "git", "developer", "受注ポータルの開発");
    page.waitForURL(Pattern.compile(".*\\?started$"));
    String onboarding = runtime.createProcessInstanceQuery().processInstanceBusinessKey("midori").singleResult().getId();
    Jobs.runAllWithCalled(management, runtime, onboarding);

    page.navigate(vendorPage);
    VendorPagesBrowserIT.member(page, "佐藤 健", "misaki.tanaka@midori.example", "テスト担当", "vpn", "user", "自宅からのテスト");
    assertThat(page.locator("#email-error")).isVisible();
    assertThat(page.locator("#name")).hasValue("佐藤 健");
    page.locator("#member-form-heading").scrollIntoViewIfNeeded();
    inJapaneseOnly(page);
    ManualScreenshots.capture(page, "ja/pages-vendor-add-member-refused");
    page.locator("#email").fill("ken.sato@midori.example");
    page.locator("form.member button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*\\?added$"));
    Jobs.runAllWithCalled(management, runtime, onboarding);

    ldap.add("dn: uid=midori-h.kimura,ou=people,dc=pmoflow,dc=example", "objectClass: inetOrgPerson",
        "uid: midori-h.kimura", "cn: Kimura Hiroshi", "sn: Kimura", "mail: h.kimura@midori.example", "employeeType: vendor");
    page.navigate(vendorPage);
    Locator tanaka = page.locator("#main table tr").filter(new Locator.FilterOptions().setHasText("田中 美咲"));
    assertThat(tanaka).containsText("git / developer：付与済み");
    assertThat(tanaka).containsText("PMO Flow（自動）");
    assertThat(tanaka).containsText("（PMO の委任権限内）");
    assertThat(page.locator("#main table tr").filter(new Locator.FilterOptions().setHasText("佐藤 健"))).containsText("未判断");
    assertThat(page.locator("#main")).containsText("midori-h.kimura");
    inJapaneseOnly(page);
    VendorPagesBrowserIT.scrollToTop(page.locator("#main h2").nth(2));
    ManualScreenshots.capture(page, "ja/pages-vendor-members", page.locator("#main .when"));
  }

  @Test
  void aVendorAsksBidsAndSendsItsProposalInJapanese() {
    Issued shared = new IssuedRfps(http, tasks, management).both();
    Page page = steps.page();
    page.navigate(steps.base() + "/pmo/portal");
    logInOnTasklistsForm(page, "victor");
    page.waitForURL(Pattern.compile(".*/pmo/portal$"));
    assertThat(page.locator("#main table")).containsText("RFP-" + shared.id());
    inJapaneseOnly(page);
    PmoPages.showOnlyRowsWith(page, "RFP-" + shared.id() + " ");
    ManualScreenshots.capture(page, "ja/vendor-portal-invitations", VendorPortalBrowserIT.times(page));

    VendorPortalBrowserIT.askBidAndPropose(page, shared.id(), "大阪のデータセンターで運用してもよいですか？", "大阪で運用、8 週間で稼働");
    inJapaneseOnly(page);
    ManualScreenshots.capture(page, "ja/vendor-portal-proposal", VendorPortalBrowserIT.times(page));
  }

  /**
   * None of the English words of the pages' menus, headings and buttons on the page: a text left out
   * of the Japanese bundle would show one.
   */
  private static void inJapaneseOnly(Page page) {
    for (String english : List.of("Projects", "Portfolio", "Vendors", "Log out", "Save", "Cancel", "Register", "Status",
        "Nothing was saved", "is required", "Members", "Access", "Contract", "Your invitations", "Questions", "Your proposal",
        "Start the onboarding", "Add a member", "Until", "Approved by", "Reconciliation")) {
      assertThat(page.locator("body")).not().containsText(english);
    }
  }

  /** Starts an RFP of the project as paula, inviting two vendors. */
  private void rfp(long projectId, String title) {
    Instant questions = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> body =
        RfpDraftFixture.body(projectId, title, 60, questions, questions.plus(5, ChronoUnit.DAYS), "a@acme.example", "g@globex.example");
    org.assertj.core.api.Assertions.assertThat(Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }
}

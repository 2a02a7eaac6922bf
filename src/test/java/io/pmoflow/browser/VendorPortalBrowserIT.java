package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.pmoflow.browser.PmoPages.logInOnTasklistsForm;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.pmoflow.rfp.IssuedRfps;
import io.pmoflow.rfp.IssuedRfps.Issued;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.TestFiles;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The vendor portal in Chromium: a vendor logs in, sees only its company's invitation, asks, says it
 * will bid, uploads a PDF with its proposal and sees it; the other invited vendor does not. Pictures
 * for docs/manual/vendor-portal.md. (The evaluator opening the file from the score sheet is in
 * RfpBrowserIT.)
 */
@PostgresIntegrationTest
class VendorPortalBrowserIT {

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void aVendorAsksBidsAndUploadsItsProposalAndTheOtherVendorDoesNotSeeIt() {
    IssuedRfps rfps = new IssuedRfps(http, tasks, management);
    Issued shared = rfps.both();
    Issued globexOnly = rfps.globexOnly();

    Page page = page();
    page.navigate(base() + "/pmo/portal");
    logInOnTasklistsForm(page, "victor");
    page.waitForURL(Pattern.compile(".*/pmo/portal$"));
    assertThat(page.locator("#main table")).containsText("RFP-" + shared.id());
    assertThat(page.locator("#main table")).not().containsText("RFP-" + globexOnly.id() + " ");
    PmoPages.showOnlyRowsWith(page, "RFP-" + shared.id() + " ");
    ManualScreenshots.capture(page, "vendor-portal-invitations", times(page));

    askBidAndPropose(page, shared.id(), "May we host the system in Osaka?", "Hosted in Osaka, live in eight weeks");
    ManualScreenshots.capture(page, "vendor-portal-proposal", times(page));

    Page wendy = page();
    wendy.navigate(base() + "/pmo/portal/rfps/" + shared.id());
    logInOnTasklistsForm(wendy, "wendy");
    wendy.waitForURL(Pattern.compile(".*/pmo/portal/rfps/" + shared.id() + "$"));
    assertThat(wendy.locator("#main")).not().containsText("offer.pdf");
    assertThat(wendy.locator("#main")).not().containsText("Osaka");
  }

  private Page page() {
    Page page = browser.newPage();
    page.setDefaultTimeout(60_000);
    return page;
  }

  private String base() {
    return "http://localhost:" + port;
  }


  /**
   * From the invitations, the vendor opens the RFP, asks, says it will bid and sends a proposal of
   * 120000 with a PDF; the page then shows what was sent.
   */
  static void askBidAndPropose(Page page, long rfpId, String question, String summary) {
    page.locator("a[href='/pmo/portal/rfps/" + rfpId + "']").click();
    page.waitForURL(Pattern.compile(".*/pmo/portal/rfps/" + rfpId + "$"));
    page.locator("#question").fill(question);
    page.locator("form[action$='/questions'] button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*\\?asked$"));
    assertThat(page.locator("#main")).containsText(question);
    page.locator("button[name=bid][value=true]").click();
    page.waitForURL(Pattern.compile(".*\\?bidding$"));

    page.locator("#price").fill("120000");
    page.locator("#summary").fill(summary);
    page.locator("#files").setInputFiles(new FilePayload("offer.pdf", "application/pdf", TestFiles.pdf("Acme offer")));
    page.locator("form[action$='/proposal'] button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*\\?proposed$"));
    assertThat(page.locator("#main table").last()).containsText("offer.pdf");
    assertThat(page.locator("dl.facts").last()).containsText("120,000");
  }

  /** What differs between runs: keys, dates, names of the test's RFPs, fingerprints. */
  static Locator[] times(Page page) {
    return new Locator[] {page.locator("h1"), page.locator("td"), page.locator("dl.facts dd"), page.locator("li .muted")};
  }
}

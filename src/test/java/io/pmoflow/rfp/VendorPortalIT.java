package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.rfp.IssuedRfps.Issued;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Proposals;
import io.pmoflow.support.TestFiles;
import io.pmoflow.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The vendor portal over HTTP as a browser uses it (Tasklist's login, the form token, multipart
 * uploads): a vendor sees only its company's invitations, asks, bids and uploads its proposal; no
 * other vendor sees it; after the deadline the forms are gone and a POST sent anyway is refused.
 */
@PostgresIntegrationTest
class VendorPortalIT {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aVendorAsksBidsAndUploadsItsProposalWhichNoOtherVendorSeesAndNothingChangesAfterTheDeadline() {
    IssuedRfps rfps = new IssuedRfps(http, taskService, management);
    Issued shared = rfps.both();
    Issued globexOnly = rfps.globexOnly();
    String page = "/pmo/portal/rfps/" + shared.id();
    WebappBrowser victor = new WebappBrowser(port).logIn("victor");

    // only the company's own invitations
    HttpResponse<String> list = victor.get("/pmo/portal");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("href=\"" + page + "\"").doesNotContain("/pmo/portal/rfps/" + globexOnly.id() + "\"");
    assertThat(victor.get("/pmo/portal/rfps/" + globexOnly.id()).statusCode()).isEqualTo(403);
    assertThat(victor.get("/pmo").headers().firstValue("Location").orElseThrow()).endsWith("/pmo/portal");
    assertThat(victor.get(page).body()).contains("/api/rfps/" + shared.id() + "/document", "Ask", "We intend to bid", "Send the proposal");

    // ask, bid, and upload a real PDF; the page shows what was sent and when
    HttpResponse<String> asked = victor.submit(page, page + "/questions", Map.of("question", "May we host it in Osaka?"));
    assertThat(asked.statusCode()).isEqualTo(302);
    assertThat(victor.get(page).body()).contains("May we host it in Osaka?", "waiting for the answer");
    assertThat(victor.submit(page, page + "/intent", Map.of("bid", "true")).statusCode()).isEqualTo(302);
    HttpResponse<String> refused = victor.submitFiles(page, page + "/proposal", Map.of("price", "120000", "summary", "Hosted"),
        Proposals.file("offer.pdf", TestFiles.html()));
    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(refused.body()).contains("id=\"files-error\"", "offer.pdf is named as a PDF file but its content is not one",
        "value=\"120000\"");
    HttpResponse<String> noPrice = victor.submitFiles(page, page + "/proposal", Map.of("price", "lots", "summary", ""),
        Proposals.file("offer.pdf", TestFiles.pdf("x")));
    assertThat(noPrice.statusCode()).isEqualTo(400);
    assertThat(noPrice.body()).contains("id=\"price-error\"", "must be a number");
    HttpResponse<String> sent = victor.submitFiles(page, page + "/proposal", Map.of("price", "120000", "summary", "Hosted in Osaka"),
        Proposals.file("offer.pdf", TestFiles.pdf("Acme offer")));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    String mine = victor.get(page + "?proposed").body();
    assertThat(mine).contains("Your proposal was received", "offer.pdf", "120,000.00", "Hosted in Osaka", "by victor on ", "Proposal sent")
        .contains("/api/rfps/" + shared.id() + "/proposals/");
    assertThat(jdbc.queryForObject("select count(*) from rfp_proposal_file where rfp_id = ?", Long.class, shared.id())).isEqualTo(1);

    // the other vendor's page of the same RFP shows none of it; a PM is no vendor
    WebappBrowser wendy = new WebappBrowser(port).logIn("wendy");
    assertThat(wendy.get(page).body()).doesNotContain("offer.pdf", "Osaka", "120,000");
    assertThat(wendy.get("/pmo/portal").body()).contains("/pmo/portal/rfps/" + globexOnly.id());
    WebappBrowser peter = new WebappBrowser(port).logIn("peter");
    assertThat(peter.get("/pmo/portal").statusCode()).isEqualTo(403);
    assertThat(peter.get(page).statusCode()).isEqualTo(403);
    // a POST without the page's form token changes nothing
    assertThat(victor.post(page + "/intent", Map.of("bid", "false")).statusCode()).isEqualTo(403);

    // the deadline passes: the forms are gone, and a POST sent anyway is refused with the reason
    jdbc.update("update rfp set question_deadline = ?, proposal_deadline = ? where id = ?",
        Timestamp.from(Instant.now().minus(2, ChronoUnit.HOURS)), Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), shared.id());
    String closed = victor.get(page).body();
    assertThat(closed).contains("has passed: nothing can be changed any more", "offer.pdf")
        .doesNotContain("/proposal/files\"", "name=\"question\"", "name=\"bid\"");
    long proposalId = jdbc.queryForObject("select id from rfp_proposal where rfp_id = ? and vendor_code = 'acme'", Long.class, shared.id());
    HttpResponse<String> late = victor.submitFiles(page, page + "/proposal/files", Map.of("proposal", String.valueOf(proposalId)),
        Proposals.file("late.pdf", TestFiles.pdf("late")));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("has passed: nothing can be changed any more");
    assertThat(victor.submit(page, page + "/questions", Map.of("question", "Late?")).statusCode()).isEqualTo(409);
    assertThat(jdbc.queryForObject("select count(*) from rfp_proposal_file where rfp_id = ?", Long.class, shared.id())).isEqualTo(1);
  }
}

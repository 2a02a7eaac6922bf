package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The vendor pages over HTTP as a browser uses them: registering with the API's checks next to each
 * field, who sees a vendor, adding and removing members, and the vendors' people with access on the
 * project page and in the portfolio.
 */
@PostgresIntegrationTest
@SuppressWarnings("rawtypes")
class VendorPagesIT {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void thePmoRegistersAVendorFromThePageAndItsPageShowsTheContractOthersAreKeptToTheApisRule() {
    WebappBrowser paula = new WebappBrowser(port).logIn("paula");
    HttpResponse<String> refused = paula.submit("/pmo/vendors/new", "/pmo/vendors",
        vendor("Bad Code", "", "2027-05-01", "2027-04-01", "not-an-address"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Nothing was saved", "id=\"code-error\"", "id=\"company-error\"", "is required",
        "id=\"contractEnd-error\"", "id=\"leadEmail-error\"", "value=\"Bad Code\"");

    String code = "pg" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
    HttpResponse<String> saved = paula.submit("/pmo/vendors/new", "/pmo/vendors",
        vendor(code, "Pages Vendor Ltd", LocalDate.now().toString(), LocalDate.now().plusMonths(6).toString(), "lead@" + code + ".example"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/pmo/vendors/\\d+\\?registered");
    String path = location.substring(location.indexOf("/pmo/"));
    assertThat(paula.get(path).body()).contains("Pages Vendor Ltd (" + code + ")", "The vendor is registered", "C-" + code,
        "No member yet", "Start the onboarding");

    // the onboarding starts from the page with the API's checks: an unknown system is refused next to it
    HttpResponse<String> unknown = paula.submit(path, path.replace("?registered", "") + "/onboarding",
        member("no-such-system"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("id=\"system-error\"", "value=\"Ann Archer\"");
    HttpResponse<String> started = paula.submit(path, path.replace("?registered", "") + "/onboarding", member("git"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
    assertThat(paula.get(path.replace("?registered", "")).body()).contains("Ann Archer", "git / developer");
    assertThat(paula.get("/pmo/vendors?q=" + code).body()).contains("Pages Vendor Ltd");
    // the directory compared with the grants, now: nothing unexplained for a vendor without accounts
    assertThat(paula.get(path).body()).contains("Reconciliation findings", "None: every account of this vendor");

    // the API's visibility rule: security sees every vendor, an evaluator none, another vendor not this one
    assertThat(new WebappBrowser(port).logIn("sam").get(path).statusCode()).isEqualTo(200);
    assertThat(new WebappBrowser(port).logIn("evan").get(path).statusCode()).isEqualTo(403);
    assertThat(new WebappBrowser(port).logIn("victor").get(path).statusCode()).isEqualTo(403);
    // only the PMO registers, and never without the page's form token
    assertThat(new WebappBrowser(port).logIn("peter").get("/pmo/vendors/new").statusCode()).isEqualTo(403);
    assertThat(paula.post("/pmo/vendors", vendor(code + "x", "Forged", "2027-01-01", "2027-02-01", "a@b.example")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void thePmoAddsAndRemovesMembersOnThePageAndTheProjectCountsTheVendorsPeopleWithAccess() {
    WebappBrowser paula = new WebappBrowser(port).logIn("paula");
    String code = uniqueCode();
    // the contract ends in 20 days: every access of its members ends soon
    String path = register(paula, code, LocalDate.now().plusDays(20));

    Map<String, String> ann = member("git");
    ann.put("email", "ann@" + code + ".example");
    // adding a member before the onboarding runs (a forged post: the page shows no such form) is refused
    HttpResponse<String> early = paula.submit(path, path + "/members", ann);
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("class=\"refusal\"", "members and contract change only while the contract runs");

    assertThat(paula.submit(path, path + "/onboarding", ann).statusCode()).isEqualTo(302);
    Jobs.runAllWithCalled(management, runtime, processOf(code));
    String page = paula.get(path).body();
    assertThat(page).contains("Add a member", "git / developer: granted", "PMO Flow, automatically", "(within the PMO&#39;s delegated authority)");

    // refused where typed, every typed value kept
    Map<String, String> bob = member("git");
    bob.put("name", "Bob Baker");
    bob.put("email", "not-an-address");
    bob.put("role", "no-such-role");
    HttpResponse<String> refused = paula.submit(path, path + "/members", bob);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"email-error\"", "value=\"Bob Baker\"", "value=\"not-an-address\"", "value=\"no-such-role\"");
    bob.put("email", "bob@" + code + ".example");
    refused = paula.submit(path, path + "/members", bob);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"role-error\"").doesNotContain("id=\"email-error\"");
    bob.put("role", "reader");
    // only the PMO changes members, and never without the page's form token
    WebappBrowser peter = new WebappBrowser(port).logIn("peter");
    assertThat(peter.get(path).statusCode()).isEqualTo(200);
    assertThat(peter.get(path).body()).doesNotContain("Add a member", "End access");
    assertThat(peter.post(path + "/members", withToken(peter, "/pmo/projects", bob)).statusCode()).isEqualTo(403);
    assertThat(paula.post(path + "/members", bob).statusCode()).isEqualTo(403);
    HttpResponse<String> added = paula.submit(path, path + "/members", bob);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(path + "?added");
    Jobs.runAllWithCalled(management, runtime, processOf(code));
    assertThat(paula.get(path).body()).contains("Bob Baker", "git / reader: granted");

    // the project whose RFP invited the vendor: its people with access, the soonest ending first
    long project = Projects.create(http, "VP-" + code.toUpperCase().substring(2), "Vendor pages", 1000, "2027-04-01", "2027-09-30");
    invite(project, code);
    String projectPage = paula.get("/pmo/projects/" + project).body();
    assertThat(projectPage).contains("Vendors&#39; people with access", "Ann Archer (" + code + "-ann)", "Bob Baker (" + code + "-bob)",
        "git / developer", "ends soon");
    assertThat(paula.get("/pmo/portfolio").body()).contains("1 vendor, 2 people with access", "2 end within 30 days");

    // ending access: another vendor's member is not found through this vendor; a removed one cannot be removed again
    String other = register(paula, uniqueCode(), LocalDate.now().plusMonths(6));
    Map<String, String> carl = member("git");
    carl.put("name", "Carl Clark");
    carl.put("email", "carl@other.example");
    assertThat(paula.submit(other, other + "/onboarding", carl).statusCode()).isEqualTo(302);
    long carlsId = memberIds(paula.get(other).body()).get(0);
    assertThat(paula.submit(path, path + "/members/" + carlsId + "/removal", Map.of()).statusCode()).isEqualTo(404);
    List<Long> members = memberIds(paula.get(path).body());
    long bobsId = members.get(1);
    assertThat(peter.post(path + "/members/" + bobsId + "/removal", withToken(peter, "/pmo/projects", Map.of())).statusCode()).isEqualTo(403);
    assertThat(paula.post(path + "/members/" + bobsId + "/removal", Map.of()).statusCode()).isEqualTo(403);
    HttpResponse<String> removed = paula.submit(path, path + "/members/" + bobsId + "/removal", Map.of());
    assertThat(removed.statusCode()).isEqualTo(302);
    // pressed again before the removal step ran: refused, so the member's access is not removed twice
    HttpResponse<String> twice = paula.submit(path, path + "/members/" + bobsId + "/removal", Map.of());
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains("class=\"refusal\"", "is already being ended");
    Jobs.runAllWithCalled(management, runtime, processOf(code));
    page = paula.get(path + "?removed").body();
    assertThat(page).contains("The member&#39;s access is being ended", "removed (" + code + "-bob)");
    assertThat(memberIds(page)).doesNotContain(bobsId);
    HttpResponse<String> again = paula.submit(path, path + "/members/" + bobsId + "/removal", Map.of());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("class=\"refusal\"", "has already been removed");
    assertThat(paula.get("/pmo/portfolio").body()).contains("1 vendor, 1 person with access", "1 ends within 30 days");
  }

  /** Registers a vendor from the page (contract from today); returns its page's path. */
  private static String register(WebappBrowser paula, String code, LocalDate contractEnd) {
    HttpResponse<String> saved = paula.submit("/pmo/vendors/new", "/pmo/vendors",
        vendor(code, "Vendor " + code, LocalDate.now().toString(), contractEnd.toString(), "lead@" + code + ".example"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    return location.substring(location.indexOf("/pmo/"), location.indexOf('?'));
  }

  private static String uniqueCode() {
    return "vp" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
  }

  private String processOf(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("vendor-onboarding")
        .singleResult().getId();
  }

  /** The members that the page offers to remove, in the page's order. */
  private static List<Long> memberIds(String page) {
    Matcher removal = Pattern.compile("/members/(\\d+)/removal").matcher(page);
    List<Long> ids = new java.util.ArrayList<>();
    while (removal.find()) {
      ids.add(Long.parseLong(removal.group(1)));
    }
    return ids;
  }

  /** The fields with a valid form token of the person's session (taken from another page). */
  private static Map<String, String> withToken(WebappBrowser person, String page, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", WebappBrowser.token(person.get(page).body()));
    return all;
  }

  /** An RFP of the project that invites the vendor, started by paula. */
  private void invite(long project, String code) {
    Instant questions = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> body = RfpDraftFixture.body(project, "Pages RFP", 60, questions, questions.plus(5, ChronoUnit.DAYS),
        "a@acme.example", "g@globex.example");
    body.put("vendors", List.of(Map.of("code", code, "name", "Vendor " + code, "email", "lead@" + code + ".example"),
        // the other invitee is registered nowhere (a shared one such as globex may be registered by another test)
        Map.of("code", "x" + code, "name", "Other " + code, "email", "lead@x" + code + ".example")));
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
  }

  private static Map<String, String> member(String system) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "Ann Archer");
    form.put("email", "ann@pages.example");
    form.put("roleInProject", "Developer");
    form.put("memberType", "EMPLOYEE");
    form.put("system", system);
    form.put("role", "developer");
    form.put("justification", "Works on the CRM code base");
    return form;
  }

  private static Map<String, String> vendor(String code, String company, String start, String end, String email) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("code", code);
    form.put("company", company);
    form.put("contractNumber", "C-" + code);
    form.put("contractStart", start);
    form.put("contractEnd", end);
    form.put("ndaOnFile", "true");
    form.put("sponsor", "peter");
    form.put("leadName", "Lee Lead");
    form.put("leadEmail", email);
    form.put("language", "en");
    return form;
  }
}

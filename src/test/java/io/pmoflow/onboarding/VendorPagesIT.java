package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The vendor pages over HTTP as a browser uses them: registering with the API's checks next to each field, and who sees a vendor. */
@PostgresIntegrationTest
class VendorPagesIT {

  @LocalServerPort int port;

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

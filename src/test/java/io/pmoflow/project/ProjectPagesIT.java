package io.pmoflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.Api;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.WebappBrowser;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The project pages under /pmo over HTTP as a browser uses them: Tasklist's login, the form token,
 * the API's rules next to each field, the dictionary's history, and who sees which project.
 */
@PostgresIntegrationTest
class ProjectPagesIT {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  @Test
  void someoneNotLoggedInIsSentToTasklistsLoginAndTheAddressIsKeptForTheWayBack() {
    WebappBrowser browser = new WebappBrowser(port);
    HttpResponse<String> page = browser.get("/pmo/projects?q=CRM");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/default/#/login");
    assertThat(browser.cookie("pmoflow-return")).isEqualTo("/pmo/projects?q=CRM");
  }

  @Test
  void thePmoRegistersAProjectFromThePageWithTheApisChecksNextToEachField() {
    WebappBrowser paula = new WebappBrowser(port).logIn("paula");
    Map<String, String> bad = project("pg", "", "abc", "2027-04-01", "2027-03-01");
    HttpResponse<String> refused = paula.submit("/pmo/projects/new", "/pmo/projects", bad);
    assertThat(refused.statusCode()).isEqualTo(200);
    String page = refused.body();
    assertThat(page).contains("Nothing was saved")
        .contains("id=\"code-error\"").contains("must be 2 to 20 capital letters")
        .contains("id=\"name-error\"").contains("is required")
        .contains("id=\"budget-error\"").contains("is not an amount")
        .contains("id=\"plannedEnd-error\"").contains("must not be before the planned start")
        // what was typed is kept
        .contains("value=\"pg\"").contains("value=\"abc\"").contains("value=\"2027-03-01\"");

    HttpResponse<String> saved = paula.submit("/pmo/projects/new", "/pmo/projects",
        project("PAGES-1", "Order portal renewal", "２５０，０００", "2027-04-01", "2027-09-30"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/pmo/projects/\\d+\\?saved");
    String projectPage = paula.get(location.replaceAll("^https?://[^/]+", "")).body();
    assertThat(projectPage).contains("PAGES-1").contains("Order portal renewal").contains("250,000").contains("Saved.");

    HttpResponse<String> twice = paula.submit("/pmo/projects/new", "/pmo/projects",
        project("PAGES-1", "Again", "1", "2027-04-01", "2027-09-30"));
    assertThat(twice.body()).contains("id=\"code-error\"").contains("PAGES-1");
  }

  @Test
  void aPostWithoutTheFormTokenIsRefusedAndChangesNothing() {
    WebappBrowser paula = new WebappBrowser(port).logIn("paula");
    paula.get("/pmo/projects");
    HttpResponse<String> forged = paula.post("/pmo/projects", project("PAGES-FORGED", "Forged", "1", "2027-04-01", "2027-09-30"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("form token");
    Map<String, String> wrongToken = new LinkedHashMap<>(project("PAGES-FORGED", "Forged", "1", "2027-04-01", "2027-09-30"));
    wrongToken.put("_csrf", "not-the-token");
    assertThat(paula.post("/pmo/projects", wrongToken).statusCode()).isEqualTo(403);
    assertThat(Api.as(http, "paula").getForObject("/api/projects?q=PAGES-FORGED", Map.class).get("totalItems")).isEqualTo(0);
  }

  @Test
  void theDictionaryIsEditedInPlaceAndKeepsTheHistoryOfEachDefinition() {
    long id = Projects.create(http, "PAGES-DICT", "Dictionary", 1000, "2027-04-01", "2027-09-30");
    WebappBrowser paula = new WebappBrowser(port).logIn("paula");
    String page = "/pmo/projects/" + id;
    assertThat(paula.submit(page, page + "/dictionary", Map.of("term", "Order", "definition", "A confirmed purchase")).statusCode())
        .isEqualTo(302);
    assertThat(paula.submit(page, page + "/dictionary", Map.of("term", "order", "definition", "A purchase the customer confirmed")).statusCode())
        .isEqualTo(302);
    HttpResponse<String> refused = paula.submit(page, page + "/dictionary", Map.of("term", "Order", "definition", " "));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("-error\"").contains("is required");

    String shown = paula.get(page).body();
    assertThat(shown).contains("A purchase the customer confirmed").contains("History (2 changes)").contains("A confirmed purchase");
    ResponseEntity<List> history = Api.as(http, "paula").getForEntity("/api/projects/" + id + "/dictionary/ORDER/history", List.class);
    assertThat(history.getBody()).hasSize(2);
    assertThat(((Map) history.getBody().get(0)).get("definition")).isEqualTo("A purchase the customer confirmed");

    assertThat(paula.submit(page, page + "/dictionary/remove", Map.of("term", "Order")).statusCode()).isEqualTo(302);
    assertThat(paula.get(page).body()).contains("Removed terms").contains("History (3 changes)");
  }

  @Test
  void eachPersonSeesOnlyTheProjectsTheirRoleAllows() {
    long peters = Projects.create(http, "PAGES-VIS", "Visible to peter", 1000, "2027-04-01", "2027-09-30");
    WebappBrowser peter = new WebappBrowser(port).logIn("peter");
    assertThat(peter.get("/pmo/projects/" + peters).statusCode()).isEqualTo(200);
    assertThat(peter.get("/pmo/projects/new").statusCode()).isEqualTo(403);
    assertThat(peter.get("/pmo/portfolio").body()).contains("PAGES-VIS");

    WebappBrowser evan = new WebappBrowser(port).logIn("evan");
    HttpResponse<String> other = evan.get("/pmo/projects/" + peters);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).doesNotContain("Visible to peter");
    assertThat(evan.get("/pmo/projects").body()).doesNotContain("PAGES-VIS");

    WebappBrowser victor = new WebappBrowser(port).logIn("victor");
    assertThat(victor.get("/pmo/projects").statusCode()).isEqualTo(403);
    assertThat(victor.get("/pmo/projects/" + peters).statusCode()).isEqualTo(403);
    assertThat(victor.get("/pmo/portfolio").statusCode()).isEqualTo(403);

    WebappBrowser sam = new WebappBrowser(port).logIn("sam");
    assertThat(sam.get("/pmo/projects/" + peters).statusCode()).isEqualTo(200);
    assertThat(sam.get("/pmo/projects/" + peters + "/edit").statusCode()).isEqualTo(403);
    assertThat(sam.submit("/pmo/projects/" + peters, "/pmo/projects/" + peters + "/dictionary",
        Map.of("term", "Sam", "definition", "Not allowed")).statusCode()).isEqualTo(403);
  }

  @Test
  void thePmoChangesAProjectOnThePageAndOverTheApi() {
    long id = Projects.create(http, "PAGES-EDIT", "Before", 1000, "2027-04-01", "2027-09-30");
    WebappBrowser paula = new WebappBrowser(port).logIn("paula");
    String edit = "/pmo/projects/" + id + "/edit";
    assertThat(paula.get(edit).body()).contains("value=\"Before\"");
    HttpResponse<String> saved = paula.submit(edit, "/pmo/projects/" + id,
        project("PAGES-EDIT", "After", "2000", "2027-04-01", "2027-10-31"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(paula.get("/pmo/projects/" + id).body()).contains("After").contains("2,000");

    Map<String, Object> body = new LinkedHashMap<>();
    body.putAll(Map.of("code", "PAGES-EDIT", "name", "Over the API", "clientDepartment", "Sales", "projectManager", "peter",
        "pmoOwner", "paula", "budget", 3000, "plannedStart", "2027-04-01", "plannedEnd", "2027-10-31"));
    ResponseEntity<Map> api = Api.as(http, "paula").exchange("/api/projects/" + id, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.getBody().get("name")).isEqualTo("Over the API");
    body.put("projectManager", "sam");
    ResponseEntity<Map> notAPm = Api.as(http, "paula").exchange("/api/projects/" + id, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    assertThat(notAPm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> asPm = Api.as(http, "peter").exchange("/api/projects/" + id, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    assertThat(asPm.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void logoutOnThePagesEndsTasklistsLoginAndTheOtherWayRound() {
    WebappBrowser paula = new WebappBrowser(port).logIn("paula");
    assertThat(paula.get("/pmo/projects").statusCode()).isEqualTo(200);
    HttpResponse<String> out = paula.submit("/pmo/projects", "/pmo/logout", Map.of());
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(paula.tasklistUser()).isNull();
    assertThat(paula.get("/pmo/projects").statusCode()).isEqualTo(302);

    WebappBrowser pia = new WebappBrowser(port).logIn("pia");
    assertThat(pia.get("/pmo/projects").statusCode()).isEqualTo(200);
    assertThat(pia.logOutOfTasklist().statusCode()).isEqualTo(200);
    assertThat(pia.get("/pmo/projects").statusCode()).isEqualTo(302);
  }

  private static Map<String, String> project(String code, String name, String budget, String start, String end) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("code", code);
    form.put("name", name);
    form.put("clientDepartment", "Sales");
    form.put("projectManager", "peter");
    form.put("pmoOwner", "paula");
    form.put("budget", budget);
    form.put("plannedStart", start);
    form.put("plannedEnd", end);
    form.put("language", "");
    return form;
  }
}

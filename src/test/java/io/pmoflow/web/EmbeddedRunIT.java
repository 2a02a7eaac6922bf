package io.pmoflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.rfp.RfpDraftFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** The embedded default run on H2: the URLs the README promises. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class EmbeddedRunIT {

  @Autowired TestRestTemplate http;

  @LocalServerPort int port;

  @Test
  void theRootOpensTasklist() throws Exception {
    HttpResponse<Void> root =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/camunda/app/tasklist/"));
    assertThat(http.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void healthAndTheApiDescriptionAreServed() {
    assertThat(http.getForObject("/actuator/health", Map.class)).containsEntry("status", "UP");
    assertThat(http.getForObject("/v3/api-docs", Map.class).get("paths").toString()).contains("/api/projects");
  }

  @Test
  @SuppressWarnings("rawtypes")
  void theListsRunOnH2() {
    // the lists and their open tasks are plain SQL: they must run on H2 as well as on PostgreSQL
    Map<String, Object> project = Map.of("code", "H2-LIST", "name", "Lists on H2", "clientDepartment", "Sales",
        "projectManager", "peter", "pmoOwner", "paula", "budget", 1000, "plannedStart", "2030-01-01", "plannedEnd", "2030-12-31");
    assertThat(http.withBasicAuth("paula", "paula").postForEntity("/api/projects", project, Map.class).getStatusCode())
        .isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
    Number projectId = (Number) ((Map) ((List) http.withBasicAuth("paula", "paula")
        .getForObject("/api/projects?q=H2-LIST", Map.class).get("items")).get(0)).get("id");
    String title = "H2 list " + System.nanoTime();
    Instant questions = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
    assertThat(http.withBasicAuth("paula", "paula").postForEntity("/api/rfps", RfpDraftFixture.body(
        projectId.longValue(), title, 60, questions, questions.plus(Duration.ofDays(5)), "a@acme.example", "g@globex.example"),
        Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map rfp = (Map) ((List) http.withBasicAuth("peter", "peter").getForObject("/api/rfps?q=" + title, Map.class)
        .get("items")).get(0);
    assertThat((List) rfp.get("waitingOn")).isNotEmpty();
    for (String list : List.of("/api/projects?q=h2-list&sort=name,desc", "/api/rfps?status=DRAFT,ISSUED&q=x",
        "/api/change-requests?type=NORMAL&sort=updatedAt,asc", "/api/vendors?q=a&size=100&page=1")) {
      assertThat(http.withBasicAuth("paula", "paula").getForEntity(list, Map.class).getStatusCode()).as(list).isEqualTo(HttpStatus.OK);
    }
    assertThat(http.withBasicAuth("peter", "peter").getForObject("/api/projects?q=H2-LIST", Map.class))
        .containsEntry("totalItems", 1);
  }

  @Test
  void theEngineApiAnswersTheDemoAdministrator() {
    assertThat(
            http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/engine", String.class).getBody())
        .contains("default");
  }
}

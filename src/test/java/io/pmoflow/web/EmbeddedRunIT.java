package io.pmoflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
  void theEngineApiAnswersTheDemoAdministrator() {
    assertThat(
            http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/engine", String.class).getBody())
        .contains("default");
  }
}

package io.pmoflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.Api;
import io.pmoflow.support.PostgresIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@PostgresIntegrationTest
class ProjectApiIT {

  @Autowired TestRestTemplate http;
  @Autowired ProjectRepository projects;

  @Test
  void thePmoRegistersAProjectAndEveryoneOnStaffReadsIt() {
    ResponseEntity<Map> created = post("paula", project("CRM-2027", "peter", "paula"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Number id = (Number) created.getBody().get("id");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/projects/" + id);
    ResponseEntity<Map> read = Api.as(http, "sophia").getForEntity("/api/projects/" + id, Map.class);
    assertThat(read.getBody())
        .containsEntry("code", "CRM-2027")
        .containsEntry("projectManager", "peter")
        .containsEntry("createdBy", "paula");
  }

  @Test
  void aProjectHasALanguageTheDeploymentsDefaultUnlessThePmoChoosesOne() {
    ResponseEntity<Map> unsaid = post("paula", project("LANG-1", "peter", "paula"));
    Map<String, Object> japaneseProject = new HashMap<>(project("LANG-2", "peter", "paula"));
    japaneseProject.put("language", "ja");
    ResponseEntity<Map> japanese = post("paula", japaneseProject);

    assertThat(unsaid.getBody()).containsEntry("language", "en"); // pmoflow.i18n.default-language
    assertThat(japanese.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(japanese.getBody()).containsEntry("language", "ja");
    Number id = (Number) unsaid.getBody().get("id");
    assertThat(language("paula", id, Map.of("language", "ja")).getBody()).containsEntry("language", "ja");
    assertThat(Api.as(http, "peter").getForObject("/api/projects/" + id, Map.class)).containsEntry("language", "ja");
  }

  @Test
  void aLanguageOtherThanJaOrEnIsRefusedAndOnlyThePmoChangesIt() {
    Map<String, Object> korean = new HashMap<>(project("LANG-3", "peter", "paula"));
    korean.put("language", "ko");
    long before = projects.count();

    ResponseEntity<Map> refused = post("paula", korean);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("errors")).isEqualTo(List.of(Map.of("field", "language", "message", "must be one of ja, en")));
    assertThat(projects.count()).isEqualTo(before);

    Number id = (Number) post("paula", project("LANG-4", "peter", "paula")).getBody().get("id");
    assertThat(language("paula", id, Map.of("language", "JA")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(language("paula", id, Map.of()).getBody().get("errors"))
        .isEqualTo(List.of(Map.of("field", "language", "message", "is required")));
    assertThat(language("peter", id, Map.of("language", "ja")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(language("victor", id, Map.of("language", "ja")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.exchange("/api/projects/" + id + "/language", HttpMethod.PUT,
        new HttpEntity<>(Map.of("language", "ja")), Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(language("paula", 987654, Map.of("language", "ja")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(projects.findById(id.longValue()).orElseThrow().language().getLanguage()).isEqualTo("en");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOpenApiDocumentNamesTheLanguagesAProjectMayHave() {
    Map<String, Object> doc = Api.as(http, "paula").getForObject("/v3/api-docs", Map.class);
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
    for (String schema : List.of("NewProject", "ProjectView", "ProjectLanguage")) {
      Map<String, Object> language =
          (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("properties")).get("language");
      assertThat(language).as(schema).containsEntry("enum", List.of("ja", "en"));
      assertThat((String) language.get("description")).as(schema).contains("RFP document");
    }
    assertThat((Map<String, Object>) doc.get("paths")).containsKey("/api/projects/{id}/language");
  }

  @Test
  void invalidFieldsAreAllNamedAndNothingIsWritten() {
    long before = projects.count();
    Map<String, Object> bad =
        Map.of("code", "lower case", "budget", -5, "plannedStart", "2027-05-01", "plannedEnd", "2027-01-01");

    ResponseEntity<Map> response = post("paula", bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response))
        .containsExactlyInAnyOrder(
            "budget", "clientDepartment", "code", "name", "plannedEnd", "pmoOwner", "projectManager");
    assertThat(projects.count()).isEqualTo(before);
  }

  @Test
  void peopleMustBeInTheirRoles() {
    ResponseEntity<Map> response = post("paula", project("ERP-1", "sam", "peter"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactlyInAnyOrder("projectManager", "pmoOwner");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedAndUnreadableJsonIsAProblemToo() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> wrongType =
        Api.as(http, "paula").postForEntity("/api/projects", new HttpEntity<>("{\"budget\": \"lots\"", headers), Map.class);
    ResponseEntity<Map> notJson =
        Api.as(http, "paula").postForEntity("/api/projects", new HttpEntity<>("{\"budget\": ", headers), Map.class);

    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongType.getBody().get("errors")).isEqualTo(List.of(Map.of("field", "budget", "message", "must be a number")));
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notJson.getBody()).containsEntry("title", "Unreadable request");
    assertThat(notJson.getBody().toString()).doesNotContain("at com.", "at org.", "java.", "Source:");
  }

  @Test
  void aSecondProjectWithTheSameCodeIsAConflict() {
    assertThat(post("paula", project("DUP-1", "peter", "paula")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long before = projects.count();

    ResponseEntity<Map> again = post("paula", project("DUP-1", "peter", "paula"));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("detail")).asString().contains("DUP-1");
    assertThat(projects.count()).isEqualTo(before);
  }

  @Test
  void onlyThePmoRegistersProjects() {
    assertThat(post("peter", project("PM-1", "peter", "paula")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.postForEntity("/api/projects", project("ANON-1", "peter", "paula"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anUnknownProjectIs404() {
    ResponseEntity<Map> response = Api.as(http, "peter").getForEntity("/api/projects/987654", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).containsEntry("detail", "Project 987654 does not exist");
  }

  @Test
  void theDictionaryHoldsEachTermOnceWhateverItsCapitals() {
    Number id = (Number) post("paula", project("DICT-1", "peter", "paula")).getBody().get("id");
    String terms = "/api/projects/" + id + "/dictionary";

    assertThat(put("paula", terms + "/Go-live", "The day users start working in the new system").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(put("paula", terms + "/go-live", "The first working day on the new system").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(put("paula", terms + "/Client", "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(put("peter", terms + "/Client", "The sales department").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    List<Map> dictionary = List.of(Api.as(http, "peter").getForObject(terms, Map[].class));
    assertThat(dictionary).hasSize(1);
    assertThat(dictionary.get(0))
        .containsEntry("term", "Go-live")
        .containsEntry("definition", "The first working day on the new system");

    Api.as(http, "paula").delete(terms + "/GO-LIVE");
    assertThat(Api.as(http, "peter").getForObject(terms, Map[].class)).isEmpty();
  }

  private ResponseEntity<Map> post(String user, Object body) {
    return Api.as(http, user).postForEntity("/api/projects", body, Map.class);
  }

  private ResponseEntity<Map> language(String user, Number projectId, Map<String, Object> body) {
    return Api.as(http, user)
        .exchange("/api/projects/" + projectId + "/language", HttpMethod.PUT, new HttpEntity<>(body), Map.class);
  }

  private ResponseEntity<Void> put(String user, String path, String definition) {
    return Api.as(http, user)
        .exchange(path, HttpMethod.PUT, new HttpEntity<>(Map.of("definition", definition)), Void.class);
  }

  private static Map<String, Object> project(String code, String pm, String pmo) {
    return Map.of(
        "code", code,
        "name", "Project " + code,
        "clientDepartment", "Sales",
        "projectManager", pm,
        "pmoOwner", pmo,
        "budget", 120000,
        "plannedStart", "2027-01-04",
        "plannedEnd", "2027-09-30");
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map> problem) {
    return ((List<Map<String, String>>) problem.getBody().get("errors")).stream()
        .map(error -> error.get("field"))
        .toList();
  }
}

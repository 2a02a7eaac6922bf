package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.Api;
import io.pmoflow.support.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@PostgresIntegrationTest
class SecurityIT {

  @Autowired TestRestTemplate http;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired AccessBootstrap bootstrap;

  @Test
  void anonymousCallsOfEitherApiGet401() {
    ResponseEntity<String> api = http.getForEntity("/api/projects", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");

    ResponseEntity<String> engine = http.getForEntity("/engine-rest/task", String.class);
    assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aWrongPasswordGets401() {
    ResponseEntity<String> api =
        http.withBasicAuth("mallory", "guess").getForEntity("/api/projects", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getBody()).contains("wrong password").doesNotContain("Exception");
  }

  @Test
  void aVendorMayNotBrowseProjects() {
    ResponseEntity<Map> response = Api.as(http, "victor").getForEntity("/api/projects", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).containsEntry("status", 403);
  }

  @Test
  void authorizationIsOnForTheEngineRestApi() {
    // paula is not an administrator: she sees no other users; demo (pmo-admin) sees them all
    // (asked for victor by id: other tests add users, so a first page need not reach him)
    ResponseEntity<String> asPaula =
        Api.as(http, "paula").getForEntity("/engine-rest/user?id=victor&maxResults=10", String.class);
    assertThat(asPaula.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asPaula.getBody()).doesNotContain("\"victor\"");

    ResponseEntity<String> asDemo =
        Api.as(http, "demo").getForEntity("/engine-rest/user?id=victor&maxResults=10", String.class);
    assertThat(asDemo.getBody()).contains("\"victor\"");
  }

  @Test
  void onlyAdministratorsReachCockpitAndAdmin() {
    for (String role : PmoGroups.STAFF_ROLES) {
      assertThat(granted(role, "tasklist")).as(role + " uses Tasklist").isTrue();
      assertThat(granted(role, "cockpit")).as(role + " has no Cockpit").isFalse();
      assertThat(granted(role, "admin")).as(role + " has no Admin").isFalse();
    }
    assertThat(identity.createUserQuery().userId("demo").memberOfGroup(PmoGroups.PMO_ADMIN).count())
        .isEqualTo(1);
  }

  @Test
  void nobodyCanCreateAnAdministratorThroughTheWebappSetupPage() {
    // Camunda opens this page to anyone while camunda-admin has no member
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> setup =
        http.postForEntity(
            "/camunda/api/admin/setup/default/user/create",
            new HttpEntity<>("{\"profile\":{\"id\":\"mallory\"},\"credentials\":{\"password\":\"x\"}}", headers),
            String.class);
    assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createUserQuery().userId("mallory").count()).isZero();
  }

  @Test
  void everyRoleAndVendorGroupCanReadBothTasklistFilters() {
    List<String> filterIds =
        filters.createFilterQuery().list().stream().map(f -> f.getId()).toList();
    assertThat(filterIds).hasSize(2);
    for (String group : List.of("pmo", "pm", "security", "vendor-acme", "vendor-globex")) {
      for (String filterId : filterIds) {
        assertThat(
                authorizations.isUserAuthorized(
                    null, List.of(group), Permissions.READ, Resources.FILTER, filterId))
            .as(group + " reads filter " + filterId)
            .isTrue();
      }
    }
  }

  @Test
  void bootstrapTwiceCreatesNothingNew() {
    long grants = authorizations.createAuthorizationQuery().count();
    long groups = identity.createGroupQuery().count();
    bootstrap.createGroupsAndGrants();
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(filters.createFilterQuery().count()).isEqualTo(2);
  }

  private boolean granted(String group, String application) {
    return authorizations.isUserAuthorized(
        "nobody", List.of(group), Permissions.ACCESS, Resources.APPLICATION, application);
  }
}

package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.EmbeddedPostgresConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** The production profile: no demo users; the first administrator comes from configuration. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"pmoflow.admin.user=olivia", "pmoflow.admin.password=s3cret-enough"})
@ActiveProfiles({"postgres", "test"})
@Import(EmbeddedPostgresConfiguration.class)
class PostgresProfileIT {

  @Autowired IdentityService identity;
  @Autowired TestRestTemplate http;

  @Test
  void theConfiguredAdministratorExistsAndNoDemoUserDoes() {
    assertThat(identity.createUserQuery().memberOfGroup(PmoGroups.PMO_ADMIN).list())
        .extracting(user -> user.getId())
        .containsExactly("olivia");
    assertThat(identity.createUserQuery().userId("demo").count()).isZero();
    assertThat(identity.checkPassword("olivia", "s3cret-enough")).isTrue();
  }

  @Test
  void theAdministratorUsesTheEngineApi() {
    assertThat(
            http.withBasicAuth("olivia", "s3cret-enough")
                .getForEntity("/engine-rest/process-definition?maxResults=10", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }
}

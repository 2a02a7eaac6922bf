package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.SqlStatements;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API remembers a verified login for a minute ({@link VerifiedLogins}) and the engine's checks
 * take the login's groups as given ({@link AuthorizationCheckPlugin}): neither may let through
 * anyone the identity no longer knows in that way.
 */
@PostgresIntegrationTest
@Import(SqlStatements.class)
class VerifiedLoginsIT {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;

  @Test
  void aRememberedLoginSkipsThePasswordCheckButNotAWrongPassword() {
    String user = pm("right-secret");
    assertThat(status(user, "right-secret")).isEqualTo(HttpStatus.OK);
    // behind the identity service's back (now peter's hash): the remembered login still opens, a wrong password never
    jdbc.update("update act_id_user u set pwd_ = p.pwd_, salt_ = p.salt_ from act_id_user p where p.id_ = 'peter' and u.id_ = ?", user);
    assertThat(status(user, "right-secret")).isEqualTo(HttpStatus.OK);
    assertThat(status(user, "right-secret ")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(status(user, "wrong")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aDeletedUserIsRefusedAtOnce() {
    String user = pm("secret");
    assertThat(status(user, "secret")).isEqualTo(HttpStatus.OK);
    identity.deleteUser(user);
    assertThat(status(user, "secret")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aChangedPasswordEndsTheOldOneAtOnce() {
    String user = pm("old-secret");
    assertThat(status(user, "old-secret")).isEqualTo(HttpStatus.OK);
    User stored = identity.createUserQuery().userId(user).singleResult();
    stored.setPassword("new-secret");
    identity.saveUser(stored);
    // the new one first: a wrong password locks the user for a few seconds (Camunda's login throttling)
    assertThat(status(user, "new-secret")).isEqualTo(HttpStatus.OK);
    assertThat(status(user, "old-secret")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aRemovedMembershipIsSeenAtOnce() {
    String user = pm("secret");
    assertThat(status(user, "secret")).isEqualTo(HttpStatus.OK);
    identity.deleteMembership(user, PmoGroups.PM);
    assertThat(status(user, "secret")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theEngineStillRefusesAUserWithoutAGrantAndNoLongerReadsEveryGroupOfTheAuthorizations() {
    String user = pm("secret");
    identity.deleteMembership(user, PmoGroups.PM);
    String start = "/engine-rest/process-definition/key/spec-change-approval/start";
    // the definition is invisible to them: 404, and nothing started
    assertThat(http.withBasicAuth(user, "secret").postForEntity(start, Map.of(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(history.createHistoricProcessInstanceQuery().startedBy(user).count()).isZero();
    assertThat(http.withBasicAuth(user, "secret")
        .getForObject("/engine-rest/process-definition/count?key=spec-change-approval", Map.class)).containsEntry("count", 0);

    List<String> statements = SqlStatements.record(() -> assertThat(http.withBasicAuth("peter", "peter")
        .getForObject("/engine-rest/process-definition/count?key=spec-change-approval", Map.class).get("count")).isNotEqualTo(0));
    assertThat(statements).anyMatch(sql -> sql.contains("ACT_RU_AUTHORIZATION"))
        .noneMatch(sql -> sql.contains("distinct(A.GROUP_ID_)"));
  }

  private HttpStatus status(String user, String password) {
    return HttpStatus.valueOf(http.withBasicAuth(user, password).getForEntity("/api/projects", String.class).getStatusCode().value());
  }

  /** A new project manager with this password. */
  private String pm(String password) {
    String id = "login-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName("Login");
    user.setLastName("Test");
    user.setEmail(id + "@pmoflow.example");
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(id, PmoGroups.PM);
    return id;
  }
}

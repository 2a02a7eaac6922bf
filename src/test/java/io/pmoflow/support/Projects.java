package io.pmoflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Projects as the PMO registers them through the API: the start of every process's story. */
@SuppressWarnings("rawtypes")
public final class Projects {

  /**
   * The order portal's specification: one functional section, one screen, and the manual section
   * that shows the screen (so a changed screen asks for the manual to be re-verified).
   */
  public static final Map<String, Object> ORDER_PORTAL_SPEC =
      Map.of(
          "sections", List.of(
              Map.of("key", "FUN-ORDER", "kind", "FUNCTIONAL", "title", "Orders", "text", "Enter an order\nConfirm it"),
              Map.of("key", "UI-LOGIN", "kind", "UI_SCREEN", "title", "Login", "text", "User name\nPassword\nLogin button")),
          "manualSections", List.of(Map.of("key", "MAN-LOGIN", "title", "Logging in", "screens", List.of("UI-LOGIN"))));

  /** The same specification as a Japanese client writes it (the same keys). */
  public static final Map<String, Object> ORDER_PORTAL_SPEC_JA =
      Map.of(
          "sections", List.of(
              Map.of("key", "FUN-ORDER", "kind", "FUNCTIONAL", "title", "注文", "text", "注文を入力する\n注文を確定する"),
              Map.of("key", "UI-LOGIN", "kind", "UI_SCREEN", "title", "ログイン", "text", "ユーザー名\nパスワード\nログインボタン")),
          "manualSections", List.of(Map.of("key", "MAN-LOGIN", "title", "ログインする", "screens", List.of("UI-LOGIN"))));

  private Projects() {}

  /**
   * Registers a project of the Sales department, managed by peter with paula as its PMO, as paula;
   * returns its id.
   */
  public static long create(
      TestRestTemplate http, String code, String name, int budget, String plannedStart, String plannedEnd) {
    return create(http, code, name, "peter", budget, plannedStart, plannedEnd);
  }

  /** Registers a project of the Sales department managed by {@code projectManager}, as paula; returns its id. */
  public static long create(
      TestRestTemplate http, String code, String name, String projectManager, int budget, String plannedStart, String plannedEnd) {
    ResponseEntity<Map> project = Api.as(http, "paula").postForEntity("/api/projects",
        Map.of("code", code, "name", name, "clientDepartment", "Sales", "projectManager", projectManager,
            "pmoOwner", "paula", "budget", budget, "plannedStart", plannedStart, "plannedEnd", plannedEnd),
        Map.class);
    assertThat(project.getStatusCode()).as(String.valueOf(project.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) project.getBody().get("id")).longValue();
  }

  /** A project of 2027 with a budget of 250,000 (changes above 50,000 reach the sponsor) and this specification. */
  public static long specified(TestRestTemplate http, String code, String name, Map<String, Object> specification) {
    long projectId = create(http, code, name, 250000, "2027-01-01", "2027-12-31");
    specify(http, projectId, specification);
    return projectId;
  }

  /** Sets the project's specification baseline as paula; returns the answer (e.g. its currentVersion). */
  public static Map specify(TestRestTemplate http, long projectId, Map<String, Object> specification) {
    ResponseEntity<Map> spec = Api.as(http, "paula").exchange("/api/projects/" + projectId + "/spec",
        HttpMethod.PUT, new HttpEntity<>(specification), Map.class);
    assertThat(spec.getStatusCode()).as(String.valueOf(spec.getBody())).isEqualTo(HttpStatus.CREATED);
    return spec.getBody();
  }
}

package io.pmoflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.support.Api;
import io.pmoflow.support.PostgresIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input to every kind of application API request is a 400 problem naming the field, in plain
 * words (no Java class, package or signature), and nothing is written or started: nulls in lists,
 * wrong JSON types and enum values, values too long or too large for their column, dates that make
 * no sense, numbers where text is expected.
 */
@PostgresIntegrationTest
class ApiInputIT {

  /** The tables the refused requests below could have written to. */
  static final List<String> TABLES =
      List.of("project", "dictionary_term", "rfp", "vendor", "vendor_member", "access_grant", "access_system",
          "access_system_role", "spec_section", "manual_section", "change_request", "act_ru_execution");

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void aNullInAnyListIsA400NamingItsPosition() {
    long project = registerProject();
    long vendor = registerVendor(vendorCode(), LocalDate.now().plusMonths(6));
    Map<String, Object> member = member();

    nothingWritten(() -> {
      refused(send("paula", HttpMethod.PUT, "/api/projects/" + project + "/spec",
          Map.of("sections", Arrays.asList(section("UI-LOGIN"), null))), "sections[1]");
      refused(send("paula", HttpMethod.PUT, "/api/projects/" + project + "/spec",
          Map.of("sections", List.of(section("UI-LOGIN")), "manualSections", Arrays.asList((Object) null))),
          "manualSections[0]");
      refused(send("paula", HttpMethod.PUT, "/api/projects/" + project + "/manual-sections/MAN-LOGIN",
          Map.of("key", "MAN-LOGIN", "title", "Logging in", "screens", Arrays.asList("UI-LOGIN", null))),
          "screens[1]");
      refused(send("peter", HttpMethod.POST, "/api/change-requests",
          changeRequest(project, Arrays.asList(change(), null))), "changes[1]");
      refused(send("sam", HttpMethod.POST, "/api/systems",
          system("sys" + ThreadLocalRandom.current().nextInt(1_000_000), Arrays.asList((Object) null))), "roles[0]");
      refused(send("paula", HttpMethod.POST, "/api/vendors/" + vendor + "/onboarding",
          Map.of("members", Arrays.asList(member, null))), "members[1]");
      Map<String, Object> noAccess = new HashMap<>(member);
      noAccess.put("access", Arrays.asList((Object) null));
      refused(send("paula", HttpMethod.POST, "/api/vendors/" + vendor + "/onboarding",
          Map.of("members", List.of(noAccess))), "members[0].access[0]");
      refused(send("paula", HttpMethod.POST, "/api/vendors/" + vendor + "/members", noAccess), "access[0]");
      for (String list : List.of("requirements", "deliverables", "criteria", "vendors", "evaluators")) {
        Map<String, Object> rfp = rfp(project);
        List<Object> withNull = new ArrayList<>((List<?>) rfp.get(list));
        withNull.add(null);
        rfp.put(list, withNull);
        refused(send("paula", HttpMethod.POST, "/api/rfps", rfp), list + "[" + (withNull.size() - 1) + "]");
      }
    });
  }

  @Test
  void aWrongTypeOrUnknownEnumValueNamesTheFieldAndWhatItMustBe() {
    long project = registerProject();
    nothingWritten(() -> {
      Map<String, Object> rfp = rfp(project);
      rfp.put("requirements", List.of(Map.of("id", "F-01", "priority", "COULD", "kind", "FUNCTIONAL", "text", "x")));
      ResponseEntity<String> priority = send("paula", HttpMethod.POST, "/api/rfps", rfp);
      refused(priority, "requirements[0].priority");
      assertThat(message(priority, "requirements[0].priority")).isEqualTo("must be one of MUST, SHOULD");

      Map<String, Object> system = system("sys" + ThreadLocalRandom.current().nextInt(1_000_000), List.of());
      system.put("sensitivity", "TOP_SECRET");
      refused(send("sam", HttpMethod.POST, "/api/systems", system), "sensitivity");

      Map<String, Object> request = changeRequest(project, List.of(change()));
      request.put("requesterRole", 1);
      refused(send("peter", HttpMethod.POST, "/api/change-requests", request), "requesterRole");

      Map<String, Object> milestones = new HashMap<>((Map<String, Object>) rfp(project).get("milestones"));
      milestones.put("questionDeadline", "next Friday");
      Map<String, Object> badDate = rfp(project);
      badDate.put("milestones", milestones);
      ResponseEntity<String> date = send("paula", HttpMethod.POST, "/api/rfps", badDate);
      refused(date, "milestones.questionDeadline");
      assertThat(message(date, "milestones.questionDeadline")).contains("like 2027-01-31T17:00:00Z");

      refused(send("paula", HttpMethod.POST, "/api/projects", Map.of("code", "X-1", "budget", "lots")), "budget");
      refused(send("paula", HttpMethod.POST, "/api/projects", Map.of("code", List.of("X-1"))), "code");
      refused(send("victor", HttpMethod.POST, "/api/rfps/1/intent", "{}"), "bid");
      refused(send("victor", HttpMethod.POST, "/api/rfps/1/intent", "{\"bid\": 1}"), "bid");
    });
  }

  @Test
  void malformedJsonIsAPlainMessage() {
    nothingWritten(() -> {
      ResponseEntity<String> response = send("paula", HttpMethod.POST, "/api/projects", "{\"code\": \"X-1\",");
      problem(response);
      assertThat(body(response).path("title").asText()).isEqualTo("Unreadable request");
      assertThat(body(response).path("detail").asText()).startsWith("The request body is not valid JSON");
    });
  }

  @Test
  void valuesTooLongOrTooLargeForTheirColumnAre400NotConflicts() {
    nothingWritten(() -> {
      Map<String, Object> project = project("BIG-" + ThreadLocalRandom.current().nextInt(100_000));
      project.put("budget", new java.math.BigDecimal("1E+15"));
      refused(send("paula", HttpMethod.POST, "/api/projects", project), "budget");

      Map<String, Object> vendor = vendor(vendorCode(), LocalDate.now().plusMonths(6));
      vendor.put("leadEmail", "a".repeat(320) + "@acme.example");
      refused(send("paula", HttpMethod.POST, "/api/vendors", vendor), "leadEmail");

      Map<String, Object> role = new HashMap<>(role());
      role.put("name", "n".repeat(201));
      refused(send("sam", HttpMethod.POST, "/api/systems",
          system("sys" + ThreadLocalRandom.current().nextInt(1_000_000), List.of(role))), "roles[0].name");
    });
  }

  @Test
  void aValueTooLongThatReachesTheDatabaseIsRecognisedAsSuch() {
    // validation keeps such values out; if one slips through, PostgreSQL's refusal maps to a 400
    try {
      jdbc.update("insert into access_system (code, name, sensitivity) values (?, 'x', 'LOW')", "c".repeat(41));
      throw new AssertionError("PostgreSQL took a 41-character code into varchar(40)");
    } catch (DataIntegrityViolationException e) {
      assertThat(StoredDataRefusal.of(e)).isEqualTo(StoredDataRefusal.VALUE_DOES_NOT_FIT);
    }
  }

  @Test
  void datesThatMakeNoSenseAreRefused() {
    long project = registerProject();
    long vendor = registerVendor(vendorCode(), LocalDate.now().plusMonths(6));
    nothingWritten(() -> {
      Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
      Map<String, Object> late =
          RfpDraftFixture.body(project, "Too late", 60, yesterday, yesterday.plus(3, ChronoUnit.DAYS),
              "bids@acme.example", "bids@globex.example");
      ResponseEntity<String> rfp = send("paula", HttpMethod.POST, "/api/rfps", late);
      refused(rfp, "milestones.questionDeadline");
      assertThat(message(rfp, "milestones.questionDeadline")).contains("has already passed");

      Map<String, Object> ended = vendor(vendorCode(), LocalDate.parse("2020-12-31"));
      ended.put("contractStart", "2020-01-01");
      refused(send("paula", HttpMethod.POST, "/api/vendors", ended), "contractEnd");

      Map<String, Object> backwards = vendor(vendorCode(), LocalDate.now().plusMonths(1));
      backwards.put("contractStart", LocalDate.now().plusMonths(2).toString());
      refused(send("paula", HttpMethod.POST, "/api/vendors", backwards), "contractEnd");

      refused(send("paula", HttpMethod.PATCH, "/api/vendors/" + vendor + "/contract",
          Map.of("contractEnd", "2020-12-31")), "contractEnd");

      Map<String, Object> project2 = project("END-" + ThreadLocalRandom.current().nextInt(100_000));
      project2.put("plannedEnd", "2026-01-01");
      project2.put("plannedStart", "2027-01-01");
      refused(send("paula", HttpMethod.POST, "/api/projects", project2), "plannedEnd");
    });
  }

  @Test
  void aDictionaryDefinitionMustBeText() {
    long project = registerProject();
    String term = "/api/projects/" + project + "/dictionary/Go-live";
    nothingWritten(() -> {
      ResponseEntity<String> number = send("paula", HttpMethod.PUT, term, "{\"definition\": 42}");
      refused(number, "definition");
      assertThat(message(number, "definition")).isEqualTo("must be text");
      refused(send("paula", HttpMethod.PUT, term, "{\"definition\": true}"), "definition");
      refused(send("paula", HttpMethod.PUT, term, "{\"definition\": {\"text\": \"x\"}}"), "definition");
    });
    assertThat(send("paula", HttpMethod.PUT, term, Map.of("definition", "The first working day")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void theEngineRestApiKeepsItsOwnLenientReading() {
    // Camunda's REST API (Jersey) reads JSON with its own mapper: a number as a business key is
    // still taken as text there, as Camunda documents; only the application API is strict
    ResponseEntity<String> count =
        send("demo", HttpMethod.POST, "/engine-rest/process-instance/count", "{\"businessKey\": 42}");
    assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // --- assertions -------------------------------------------------------------------------

  /** Runs the refused requests and checks that no table they could write to has grown. */
  void nothingWritten(Runnable requests) {
    Map<String, Long> before = counts();
    requests.run();
    assertThat(counts()).isEqualTo(before);
  }

  Map<String, Long> counts() {
    Map<String, Long> counts = new HashMap<>();
    TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
    return counts;
  }

  /** 400, problem JSON, the field named, and not a word of Java. */
  void refused(ResponseEntity<String> response, String field) {
    problem(response);
    assertThat(body(response).path("errors").findValuesAsText("field")).as(response.getBody()).contains(field);
  }

  void problem(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody())
        .doesNotContain("io.pmoflow", "java.", "com.fasterxml", "Exception", "$", "Source:");
  }

  String message(ResponseEntity<String> response, String field) {
    for (JsonNode error : body(response).path("errors")) {
      if (field.equals(error.path("field").asText())) {
        return error.path("message").asText();
      }
    }
    throw new AssertionError(field + " not named in " + response.getBody());
  }

  JsonNode body(ResponseEntity<String> response) {
    try {
      return json.readTree(response.getBody());
    } catch (Exception e) {
      throw new AssertionError(response.getBody(), e);
    }
  }

  // --- requests ---------------------------------------------------------------------------

  ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return Api.as(http, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  long registerProject() {
    ResponseEntity<String> created =
        send("paula", HttpMethod.POST, "/api/projects", project("INP-" + ThreadLocalRandom.current().nextInt(1_000_000)));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return body(created).path("id").asLong();
  }

  long registerVendor(String code, LocalDate end) {
    ResponseEntity<String> created = send("paula", HttpMethod.POST, "/api/vendors", vendor(code, end));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return body(created).path("vendorId").asLong();
  }

  static String vendorCode() {
    return "inp" + ThreadLocalRandom.current().nextInt(1_000_000);
  }

  static Map<String, Object> project(String code) {
    return new HashMap<>(Map.of(
        "code", code, "name", "Project " + code, "clientDepartment", "Sales", "projectManager", "peter",
        "pmoOwner", "paula", "budget", 120000, "plannedStart", "2027-01-04", "plannedEnd", "2027-09-30"));
  }

  static Map<String, Object> vendor(String code, LocalDate end) {
    return new HashMap<>(Map.of(
        "code", code, "company", "Vendor " + code, "contractNumber", "C-" + code,
        "contractStart", LocalDate.now().toString(), "contractEnd", end.toString(), "ndaOnFile", true,
        "sponsor", "peter", "leadName", "Lead " + code, "leadEmail", "lead@" + code + ".example"));
  }

  static Map<String, Object> member() {
    return Map.of("name", "Ann Archer", "email", "ann@inp.example", "roleInProject", "Developer",
        "memberType", "EMPLOYEE",
        "access", List.of(Map.of("system", "wiki", "role", "reader", "justification", "Reads the specs")));
  }

  static Map<String, Object> rfp(long project) {
    Instant questions = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    return RfpDraftFixture.body(project, "Input checks", 60, questions, questions.plus(10, ChronoUnit.DAYS),
        "bids@acme.example", "bids@globex.example");
  }

  static Map<String, Object> section(String key) {
    return Map.of("key", key, "kind", "UI_SCREEN", "title", "Login", "text", "The login screen");
  }

  static Map<String, Object> change() {
    return Map.of("sectionKey", "UI-LOGIN", "newText", "A new login screen");
  }

  static Map<String, Object> changeRequest(long project, List<Object> changes) {
    Map<String, Object> request = new HashMap<>();
    request.put("projectId", project);
    request.put("title", "New login");
    request.put("description", "Log in with the company account");
    request.put("requesterRole", "PM");
    request.put("changes", changes);
    return request;
  }

  static Map<String, Object> role() {
    return Map.of("code", "reader", "name", "Reader", "accessLevel", "READ", "directoryGroup", "sys-readers");
  }

  static Map<String, Object> system(String code, List<Object> roles) {
    return new HashMap<>(Map.of("code", code, "name", "System " + code, "sensitivity", "LOW", "roles", roles));
  }
}

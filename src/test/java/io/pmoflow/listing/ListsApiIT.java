package io.pmoflow.listing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.SqlStatements;
import io.pmoflow.support.TestUsers;
import io.pmoflow.support.Vendors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The lists of issue 12 over real HTTP: paging, sorting and filters; every bad parameter a 400
 * naming it; and each role sees exactly what the single reads let it see, totals included.
 *
 * <p>The cases: projects A and B managed by peter, C by quinn (a second PM); RFPs one and two on A,
 * three on C (evan and ella evaluate all three); change requests 1 (peter) and 2 (paula, emergency)
 * on A, 3 (quinn) and 4 (peter) on C; vendors a (sponsor peter) and b (sponsor quinn), and acme,
 * which the RFPs invite. Names carry a random prefix, so the filters select this test's cases.
 */
@PostgresIntegrationTest
@Import(SqlStatements.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class ListsApiIT {

  static final String QUINN = "quinn";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  final String prefix = "LS" + ThreadLocalRandom.current().nextInt(1000, 10000);
  final String vendorPrefix = prefix.toLowerCase();
  long projectA;
  long projectB;
  long projectC;
  long rfpOnC;
  long crOnC;
  long vendorA;
  long vendorB;
  long acme;

  @BeforeAll
  void cases() {
    TestUsers.ensure(identity, QUINN, "Quinn", "Manager", "pm");
    projectA = Projects.create(http, prefix + "-A", "Lists alpha", "peter", 1000, "2030-01-01", "2030-12-31");
    projectB = Projects.create(http, prefix + "-B", "Lists beta", "peter", 1000, "2030-01-01", "2030-12-31");
    projectC = Projects.create(http, prefix + "-C", "Lists gamma", QUINN, 1000, "2030-01-01", "2030-12-31");
    rfp(projectA, prefix + " RFP one");
    rfp(projectA, prefix + " RFP two");
    rfpOnC = rfp(projectC, prefix + " RFP three");
    Projects.specify(http, projectA, Projects.ORDER_PORTAL_SPEC);
    Projects.specify(http, projectC, Projects.ORDER_PORTAL_SPEC);
    changeRequest("peter", projectA, prefix + " change 1", "NORMAL");
    changeRequest("paula", projectA, prefix + " change 2", "EMERGENCY");
    crOnC = changeRequest(QUINN, projectC, prefix + " change 3", "NORMAL");
    changeRequest("peter", projectC, prefix + " change 4", "NORMAL");
    vendorA = Vendors.register(http, Vendors.registration(vendorPrefix + "a", true, LocalDate.now().plusMonths(6)));
    Map<String, Object> b = Vendors.registration(vendorPrefix + "b", true, LocalDate.now().plusMonths(6));
    b.put("sponsor", QUINN);
    vendorB = Vendors.register(http, b);
    acme = vendorId("acme");
  }

  // --- projects ---------------------------------------------------------------------------

  @Test
  void projectsPageSortAndFilter() {
    Map first = ok("paula", "/api/projects", "q", prefix, "size", "2", "sort", "code,desc");
    assertThat(codes(first)).containsExactly(prefix + "-C", prefix + "-B");
    assertThat(first).containsEntry("page", 0).containsEntry("size", 2).containsEntry("totalItems", 3).containsEntry("totalPages", 2);
    Map second = ok("paula", "/api/projects", "q", prefix, "size", "2", "sort", "code,desc", "page", "1");
    assertThat(codes(second)).containsExactly(prefix + "-A");
    Map beyond = ok("paula", "/api/projects", "q", prefix, "page", "50");
    assertThat((List) beyond.get("items")).isEmpty();
    assertThat(beyond).containsEntry("totalItems", 3);

    assertThat(codes(ok("paula", "/api/projects", "q", "lists GAMMA"))).containsExactly(prefix + "-C");
    assertThat(codes(ok("paula", "/api/projects", "q", prefix, "projectManager", QUINN))).containsExactly(prefix + "-C");
    assertThat(codes(ok("paula", "/api/projects", "q", prefix, "pmoOwner", "paula", "sort", "name,asc")))
        .containsExactly(prefix + "-A", prefix + "-B", prefix + "-C");
  }

  @Test
  void eachRoleSeesItsProjectsAndTheSingleReadAgrees() {
    assertThat(codes(ok("peter", "/api/projects", "q", prefix))).containsExactly(prefix + "-A", prefix + "-B");
    assertThat(ok("peter", "/api/projects", "q", prefix)).containsEntry("totalItems", 2);
    assertThat(codes(ok(QUINN, "/api/projects", "q", prefix))).containsExactly(prefix + "-C");
    // a forged filter cannot widen the rule: quinn asks for peter's projects and gets none
    assertThat(ok(QUINN, "/api/projects", "q", prefix, "projectManager", "peter")).containsEntry("totalItems", 0);
    assertThat(codes(ok("evan", "/api/projects", "q", prefix))).containsExactly(prefix + "-A", prefix + "-C");
    for (String everyProject : List.of("paula", "sam", "carla", "sophia", "demo")) {
      assertThat(ok(everyProject, "/api/projects", "q", prefix)).as(everyProject).containsEntry("totalItems", 3);
    }
    assertThat(get("victor", "/api/projects").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(get("peter", "/api/projects/" + projectC).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("peter", "/api/projects/" + projectC + "/dictionary").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("peter", "/api/projects/" + projectC + "/spec").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(QUINN, "/api/projects/" + projectC).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(QUINN, "/api/projects/" + projectC + "/spec").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(QUINN, "/api/projects/" + projectA).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("evan", "/api/projects/" + projectB).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- RFPs --------------------------------------------------------------------------------

  @Test
  void rfpsAreListedWithWhatTheyWaitOnAndWhoseTurnItIs() {
    Map page = ok("paula", "/api/rfps", "q", prefix, "sort", "title,asc");
    assertThat(titles(page)).containsExactly(prefix + " RFP one", prefix + " RFP three", prefix + " RFP two");
    assertThat(page).containsEntry("totalItems", 3);
    Map three = items(page).get(1);
    assertThat(three).containsEntry("key", "RFP-" + rfpOnC).containsEntry("projectCode", prefix + "-C")
        .containsEntry("status", "DRAFT");
    List<Map> waiting = (List<Map>) three.get("waitingOn");
    assertThat(waiting).hasSize(1);
    assertThat((String) waiting.get(0).get("step")).contains("RFP-" + rfpOnC);
    assertThat(waiting.get(0).get("candidateGroups")).isEqualTo(List.of("pmo"));
    assertThat(waiting.get(0).get("since")).isNotNull();

    assertThat(titles(ok("paula", "/api/rfps", "project", String.valueOf(projectA), "sort", "id,asc")))
        .containsExactly(prefix + " RFP one", prefix + " RFP two");
    assertThat(ok("paula", "/api/rfps", "q", prefix, "status", "draft,IN_REVIEW")).containsEntry("totalItems", 3);
    assertThat(ok("paula", "/api/rfps", "q", prefix, "status", "AWARDED")).containsEntry("totalItems", 0);
  }

  @Test
  void eachRoleSeesItsRfps() {
    assertThat(ok("peter", "/api/rfps", "q", prefix)).containsEntry("totalItems", 2);
    assertThat(titles(ok(QUINN, "/api/rfps", "q", prefix))).containsExactly(prefix + " RFP three");
    assertThat(ok("evan", "/api/rfps", "q", prefix)).containsEntry("totalItems", 3);
    assertThat(ok("sam", "/api/rfps", "q", prefix)).containsEntry("totalItems", 3);
    assertThat(ok("peter", "/api/rfps", "project", String.valueOf(projectC))).containsEntry("totalItems", 0);
    assertThat(get("victor", "/api/rfps").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(get("peter", "/api/rfps/" + rfpOnC).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("peter", "/api/rfps/" + rfpOnC + "/document/versions").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(QUINN, "/api/rfps/" + rfpOnC).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("evan", "/api/rfps/" + rfpOnC).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // --- change requests ---------------------------------------------------------------------

  @Test
  void changeRequestsFilterByProjectTypeRequesterAndStatus() {
    Map page = ok("paula", "/api/change-requests", "q", prefix, "sort", "title,asc");
    assertThat(titles(page)).containsExactly(prefix + " change 1", prefix + " change 2", prefix + " change 3", prefix + " change 4");
    Map first = items(page).get(0);
    assertThat(first).containsEntry("projectCode", prefix + "-A").containsEntry("requester", "peter").containsEntry("type", "NORMAL");
    List<Map> waiting = (List<Map>) first.get("waitingOn");
    assertThat(waiting).isNotEmpty();
    assertThat(waiting.get(0).get("step")).asString().doesNotContain(" — ");
    assertThat(waiting.get(0).get("since")).isNotNull();

    assertThat(titles(ok("paula", "/api/change-requests", "q", prefix, "type", "EMERGENCY"))).containsExactly(prefix + " change 2");
    assertThat(titles(ok("paula", "/api/change-requests", "q", prefix, "requester", "peter", "sort", "id,asc")))
        .containsExactly(prefix + " change 1", prefix + " change 4");
    assertThat(ok("paula", "/api/change-requests", "project", String.valueOf(projectC))).containsEntry("totalItems", 2);
    assertThat(ok("paula", "/api/change-requests", "q", prefix, "status", "REJECTED,WITHDRAWN")).containsEntry("totalItems", 0);
  }

  @Test
  void eachRoleSeesItsChangeRequests() {
    // peter: both of his project A, and the one he submitted on quinn's project C
    assertThat(titles(ok("peter", "/api/change-requests", "q", prefix, "sort", "title,asc")))
        .containsExactly(prefix + " change 1", prefix + " change 2", prefix + " change 4");
    assertThat(ok("peter", "/api/change-requests", "q", prefix)).containsEntry("totalItems", 3);
    assertThat(titles(ok(QUINN, "/api/change-requests", "q", prefix, "sort", "title,asc")))
        .containsExactly(prefix + " change 3", prefix + " change 4");
    assertThat(ok("carla", "/api/change-requests", "q", prefix)).containsEntry("totalItems", 4);
    assertThat(ok("evan", "/api/change-requests", "q", prefix)).containsEntry("totalItems", 0);
    assertThat(get("victor", "/api/change-requests").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(get("peter", "/api/change-requests/" + crOnC).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(QUINN, "/api/change-requests/" + crOnC).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // --- vendors -----------------------------------------------------------------------------

  @Test
  void vendorsFilterByStatusTextProjectAndContract() {
    Map page = ok("paula", "/api/vendors", "q", vendorPrefix, "sort", "code,desc");
    assertThat(codes(page)).containsExactly(vendorPrefix + "b", vendorPrefix + "a");
    assertThat(items(page).get(0)).containsEntry("status", "REGISTERED").containsEntry("sponsor", QUINN)
        .containsEntry("waitingOn", List.of());
    assertThat(codes(ok("paula", "/api/vendors", "contract", "C-" + vendorPrefix + "a"))).containsExactly(vendorPrefix + "a");
    assertThat(ok("paula", "/api/vendors", "q", vendorPrefix, "status", "ACTIVE,ENDED")).containsEntry("totalItems", 0);
    // the RFPs on A and C invite acme; nothing on B names a vendor
    assertThat(codes(ok("paula", "/api/vendors", "project", String.valueOf(projectC), "q", "acme"))).containsExactly("acme");
    assertThat(ok("paula", "/api/vendors", "project", String.valueOf(projectB))).containsEntry("totalItems", 0);
  }

  @Test
  void eachRoleSeesItsVendors() {
    assertThat(ok("sam", "/api/vendors", "q", vendorPrefix)).containsEntry("totalItems", 2);
    assertThat(codes(ok("peter", "/api/vendors", "q", vendorPrefix))).containsExactly(vendorPrefix + "a");
    assertThat(codes(ok(QUINN, "/api/vendors", "q", vendorPrefix))).containsExactly(vendorPrefix + "b");
    // quinn does not sponsor acme, but acme is invited to an RFP of quinn's project C
    assertThat(codes(ok(QUINN, "/api/vendors", "q", "acme"))).containsExactly("acme");
    Map victor = ok("victor", "/api/vendors");
    assertThat(codes(victor)).containsExactly("acme");
    assertThat(victor).containsEntry("totalItems", 1);
    assertThat(ok("victor", "/api/vendors", "q", vendorPrefix)).containsEntry("totalItems", 0);
    assertThat(ok("wendy", "/api/vendors", "q", "acme")).containsEntry("totalItems", 0);
    for (String noVendors : List.of("carla", "sophia", "evan")) {
      assertThat(get(noVendors, "/api/vendors").getStatusCode()).as(noVendors).isEqualTo(HttpStatus.FORBIDDEN);
    }

    assertThat(get("victor", "/api/vendors/" + vendorA).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("victor", "/api/vendors/" + acme + "/access").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("peter", "/api/vendors/" + vendorB).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(QUINN, "/api/vendors/" + vendorB + "/access").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("sam", "/api/vendors/" + vendorB + "/access").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aVendorWaitsOnTheStepsOfItsMembersOnboardings() {
    String code = "ob" + prefix.substring(2);
    long vendor = Vendors.register(http, Vendors.registration(code, true, LocalDate.now().plusMonths(6)));
    String onboarding = Vendors.startOnboarding(http, vendor, Vendors.member("Olga Otter", "olga@" + code + ".example", "Developer", "EMPLOYEE",
        Vendors.access("prod-logs", "reader", "Reads the production logs")));
    Jobs.startMemberCases(management, runtime, onboarding);

    Map item = items(ok("paula", "/api/vendors", "q", code)).get(0);
    assertThat(item).containsEntry("status", "ACTIVE");
    // the approval sits in the member's own process instance, which the vendor's onboarding called
    List<Map> waiting = (List<Map>) item.get("waitingOn");
    assertThat(waiting).extracting(task -> task.get("taskKey")).contains(MemberOnboardingElements.TASK_SECURITY_APPROVAL);
    Map approval = waiting.stream()
        .filter(task -> MemberOnboardingElements.TASK_SECURITY_APPROVAL.equals(task.get("taskKey"))).findFirst().orElseThrow();
    assertThat(approval.get("candidateGroups")).isEqualTo(List.of("security"));
    assertThat((String) approval.get("step")).contains("Olga Otter");
    assertThat(approval.get("since")).isNotNull();
  }

  // --- bad parameters and attacks ----------------------------------------------------------

  @Test
  void everyBadParameterIsA400NamingIt() {
    refused("/api/projects", "size", "0");
    refused("/api/projects", "size", "101");
    refused("/api/projects", "size", "1000000000000");
    refused("/api/rfps", "size", "twenty");
    refused("/api/rfps", "page", "-1");
    refused("/api/change-requests", "page", "2.5");
    refused("/api/projects", "sort", "budget,asc");
    refused("/api/vendors", "sort", "code,sideways");
    refused("/api/vendors", "sort", "code;drop table vendor,asc");
    refused("/api/rfps", "status", "ISSUED,NOPE");
    refused("/api/change-requests", "type", "URGENT");
    refused("/api/change-requests", "project", "abc");
    refused("/api/rfps", "project", "0");
    refused("/api/change-requests", "requester", "x' or '1'='1");
    refused("/api/projects", "projectManager", "peter;--");
    refused("/api/projects", "q", "x".repeat(101));
    // a misspelt filter would otherwise answer everything as if it had filtered
    refused("/api/projects", "projectManger", "peter");
    refused("/api/vendors", "sponsor", "peter");

    ResponseEntity<Map> two = get("paula", url("/api/projects", "size", "0", "page", "-3"));
    assertThat(fields(two)).containsExactly("page", "size");
  }

  @Test
  void textThatLooksLikeSqlOrPatternsIsSearchedForLiterally() {
    for (String text : List.of("' or 1=1 --", "%", "_", "!", prefix + "%' or '1'='1")) {
      assertThat(ok("paula", "/api/projects", "q", text)).as(text).containsEntry("totalItems", 0);
      assertThat(ok("paula", "/api/change-requests", "q", text)).as(text).containsEntry("totalItems", 0);
    }
    assertThat(ok("paula", "/api/rfps", "q", "  " + prefix + " rfp ONE  ")).containsEntry("totalItems", 1);
  }

  @Test
  void aPageOfTwentyCasesCostsThreeStatementsWhateverItsSize() {
    long project = Projects.create(http, "CT" + prefix.substring(2), "Statement count", "peter", 1000, "2030-01-01", "2030-12-31");
    Projects.specify(http, project, Projects.ORDER_PORTAL_SPEC);
    for (int i = 1; i <= 20; i++) {
      changeRequest("paula", project, "Counted " + i, "NORMAL");
    }
    String path = url("/api/change-requests", "project", String.valueOf(project), "size", "20");
    List<String> twenty = SqlStatements.record(() -> assertThat(get("peter", path).getStatusCode()).isEqualTo(HttpStatus.OK));
    List<String> one = SqlStatements.record(
        () -> assertThat(get("peter", url("/api/change-requests", "project", String.valueOf(project), "size", "1")).getStatusCode())
            .isEqualTo(HttpStatus.OK));

    List<String> listing = withoutLogin(twenty);
    System.out.printf("Statements for a page of 20 change requests: %d in all, %d for the list, %d to log in%n%s%n",
        twenty.size(), listing.size(), twenty.size() - listing.size(), String.join("\n", twenty));
    assertThat(listing).hasSize(3);
    assertThat(listing.get(0)).startsWith("select count(*)");
    assertThat(listing.get(2)).contains("ACT_RU_TASK");
    assertThat(withoutLogin(one)).hasSameSizeAs(listing);
    Map page = ok("peter", "/api/change-requests", "project", String.valueOf(project), "size", "20");
    assertThat(items(page)).hasSize(20).allSatisfy(item -> assertThat((List) item.get("waitingOn")).isNotEmpty());
  }

  @Test
  void theOpenApiDocumentDescribesTheLists() {
    Map paths = (Map) Api.as(http, "paula").getForObject("/v3/api-docs", Map.class).get("paths");
    for (String list : List.of("/api/projects", "/api/rfps", "/api/change-requests", "/api/vendors")) {
      Map get = (Map) ((Map) paths.get(list)).get("get");
      List<String> parameters = ((List<Map>) get.get("parameters")).stream().map(p -> (String) p.get("name")).toList();
      assertThat(parameters).as(list).contains("page", "size", "sort", "q");
      assertThat((String) get.get("description")).as(list).contains("Sort fields");
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  /** The statements of the list itself: the API's login (Camunda's identity tables) set aside. */
  static List<String> withoutLogin(List<String> statements) {
    return statements.stream().filter(sql -> !sql.contains("ACT_ID_")).toList();
  }

  long rfp(long projectId, String title) {
    Instant questions = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> body =
        RfpDraftFixture.body(projectId, title, 60, questions, questions.plus(5, ChronoUnit.DAYS), "a@acme.example", "g@globex.example");
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  long changeRequest(String user, long projectId, String title, String type) {
    Map<String, Object> body = new HashMap<>();
    body.put("projectId", projectId);
    body.put("title", title);
    body.put("description", "Please change the login");
    body.put("reason", "The client asked");
    body.put("requesterRole", "CLIENT");
    body.put("type", type);
    body.put("changes", List.of(Map.of("sectionKey", "UI-LOGIN", "newText", "User name\nPassword\nBadge")));
    ResponseEntity<Map> created = Api.as(http, user).postForEntity("/api/change-requests", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  /** The vendor with this code, registered now unless an earlier test did. */
  long vendorId(String code) {
    ResponseEntity<Map> registered =
        Api.as(http, "paula").postForEntity("/api/vendors", Vendors.registration(code, true, LocalDate.now().plusMonths(6)), Map.class);
    if (registered.getStatusCode() == HttpStatus.CREATED) {
      return ((Number) registered.getBody().get("vendorId")).longValue();
    }
    return ((Number) items(ok("paula", "/api/vendors", "q", code)).stream()
        .filter(v -> code.equals(v.get("code"))).findFirst().orElseThrow().get("id")).longValue();
  }

  void refused(String list, String parameter, String value) {
    ResponseEntity<Map> response = get("paula", url(list, parameter, value));
    assertThat(response.getStatusCode()).as(list + "?" + parameter + "=" + value).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).as(list + "?" + parameter + "=" + value).containsExactly(parameter);
    assertThat(response.getBody().toString()).doesNotContain("Exception", "java.", "SQL");
  }

  Map ok(String user, String list, String... parameters) {
    ResponseEntity<Map> response = get(user, url(list, parameters));
    assertThat(response.getStatusCode()).as(user + " " + list + " " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  ResponseEntity<Map> get(String user, String path) {
    return Api.as(http, user).getForEntity(java.net.URI.create(path), Map.class);
  }

  static String url(String path, String... parameters) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      url.queryParam(parameters[i], "{v" + i + "}");
      values.put("v" + i, parameters[i + 1]);
    }
    return url.encode().buildAndExpand(values).toUriString();
  }

  static List<Map> items(Map page) {
    return (List<Map>) page.get("items");
  }

  static List<String> codes(Map page) {
    return items(page).stream().map(item -> (String) item.get("code")).toList();
  }

  static List<String> titles(Map page) {
    return items(page).stream().map(item -> (String) item.get("title")).toList();
  }

  static List<String> fields(ResponseEntity<Map> problem) {
    return ((List<Map<String, String>>) problem.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
  }
}

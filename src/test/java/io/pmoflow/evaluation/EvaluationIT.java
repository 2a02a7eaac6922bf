package io.pmoflow.evaluation;

import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_ENVIRONMENTS_IN_USE;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_INFRASTRUCTURE_APPROVAL;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_PM_APPROVAL;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_REVIEW_RECOMMENDATION;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_TRY_CANDIDATE;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_WRITE_RECOMMENDATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import io.pmoflow.evaluation.environment.EvaluationEnvironments;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.Mailbox;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.TaskAttacks;
import io.pmoflow.support.TestUsers;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tool evaluation through REST on PostgreSQL: refusals with the field named and nothing started,
 * who may ask and who may read, forged variables over /engine-rest refused at every task
 * ({@link TaskAttacks}), and the whole path from the request to the environments torn down, with the
 * recommendation's PDF mailed to the PM. It works against {@link EvaluationEnvironments}: the real
 * environments once both issue-15 branches are merged, else the tests' stand-in.
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class EvaluationIT {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;
  @Autowired GreenMail greenMail;
  @Autowired EvaluationEnvironments environments;
  @Autowired InMemoryDirectoryServer ldap;

  final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100000, 999999));

  TaskAttacks attacks() {
    return new TaskAttacks(http, tasks, runtime, identity);
  }

  long project(String pm) {
    if (!"peter".equals(pm)) {
      TestUsers.ensure(identity, pm, "Other", "Manager", "pm");
    }
    return Projects.create(http, "EV" + suffix + Character.toUpperCase(pm.charAt(0)) + pm.length(), "Data platform " + suffix, pm, 5_000_000, "2027-01-04", "2027-09-30");
  }

  Map<String, Object> request(long projectId, String dataSet) {
    Map<String, Object> body = new HashMap<>();
    body.put("projectId", projectId);
    body.put("question", "Which BI tool fits the data requests of sales and finance?");
    body.put("candidates", List.of(
        Map.of("code", "lakeview", "name", "LakeView BI", "monthlyCost", 120000),
        Map.of("code", "tablo", "name", "Tablo Cloud", "monthlyCost", 90000)));
    body.put("criteria", List.of(Map.of("name", "Ease of use", "weight", 60), Map.of("name", "Speed", "weight", 40)));
    body.put("testers", List.of("evan"));
    body.put("dataSet", dataSet);
    body.put("environmentsUntil", LocalDate.now().plusDays(20).toString());
    return body;
  }

  long evaluations() {
    return jdbc.sql("select count(*) from evaluation").query(Long.class).single();
  }

  long instances() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(EvaluationVariables.PROCESS_KEY).count();
  }

  @Test
  void badRequestsAreRefusedWithTheFieldNamedAndNothingStarts() {
    long projectId = project("peter");
    long rows = evaluations();
    long started = instances();
    Map<String, Object> bad = request(projectId, "no-such-set");
    bad.put("candidates", List.of(Map.of("code", "Lake View", "name", "", "monthlyCost", -1)));
    bad.put("criteria", List.of(Map.of("name", "Ease of use", "weight", 50), Map.of("name", "Speed", "weight", 40)));
    bad.put("testers", List.of("evan", "nobody" + suffix));
    bad.put("environmentsUntil", LocalDate.now().minusDays(1).toString());
    ResponseEntity<Map> refused = Api.as(http, "paula").postForEntity("/api/evaluations", bad, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(fields(refused)).contains("candidates", "candidates[0].code", "candidates[0].name", "candidates[0].monthlyCost",
        "criteria", "testers[1]", "dataSet", "environmentsUntil");
    assertThat(evaluations()).isEqualTo(rows);
    assertThat(instances()).isEqualTo(started);

    // a PM asks only for the projects they manage; vendors and testers not at all; nobody without a login
    long othersProject = project("pm" + suffix);
    ResponseEntity<Map> notHis = Api.as(http, "peter").postForEntity("/api/evaluations", request(othersProject, "product-catalogue"), Map.class);
    assertThat(notHis.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(notHis)).containsExactly("projectId");
    assertThat(Api.as(http, "victor").postForEntity("/api/evaluations", request(projectId, "product-catalogue"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "evan").postForEntity("/api/evaluations", request(projectId, "product-catalogue"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.postForEntity("/api/evaluations", request(projectId, "product-catalogue"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(evaluations()).isEqualTo(rows);
    assertThat(instances()).isEqualTo(started);
  }

  @Test
  void aStartOverTheEngineApiTakesOnlyTheStartFormsFieldsAndTheSameRules() {
    long projectId = project("peter");
    long rows = evaluations();
    long started = instances();
    // an id of a stored evaluation is no field of the start form: nobody starts a case over someone else's row
    ResponseEntity<Map> forged = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/tool-evaluation/start",
        Map.of("variables", Map.of("evaluationId", Map.of("value", 1), "candidateCodes", Map.of("value", "x"))), Map.class);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(forged.getBody())).contains("not a field of this form").doesNotContain("ENGINE-");

    Map<String, Object> form = new HashMap<>(startForm(projectId));
    form.put("criteria", Map.of("value", "Ease of use | 60\nSpeed | 30"));
    ResponseEntity<Map> badForm = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/tool-evaluation/submit-form", Map.of("variables", form), Map.class);
    assertThat(badForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(badForm.getBody())).contains("Criteria").contains("90").doesNotContain("ENGINE-");
    assertThat(evaluations()).isEqualTo(rows);
    assertThat(instances()).isEqualTo(started);

    ResponseEntity<Map> fromForm = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/tool-evaluation/submit-form", Map.of("variables", startForm(projectId)), Map.class);
    assertThat(fromForm.getStatusCode()).as(String.valueOf(fromForm.getBody())).isEqualTo(HttpStatus.OK);
    String pi = (String) fromForm.getBody().get("id");
    assertThat(runtime.getVariables(pi)).doesNotContainKeys("question", "candidates", "criteria", "testers")
        .containsKeys(EvaluationVariables.EVALUATION_ID, EvaluationVariables.CANDIDATE_CODES);
    // inside the PMO's authority: approved by the rule, recorded
    long id = ((Number) runtime.getVariable(pi, EvaluationVariables.EVALUATION_ID)).longValue();
    Map view = Api.as(http, "paula").getForObject("/api/evaluations/" + id, Map.class);
    assertThat(view.get("approvalRoute")).isEqualTo("AUTO");
    assertThat((String) view.get("approvalRule")).startsWith("PMO authority");
    assertThat((String) view.get("requestedBy")).isEqualTo("paula");
  }

  Map<String, Object> startForm(long projectId) {
    return Map.of(
        "projectId", Map.of("value", projectId),
        "question", Map.of("value", "Which BI tool?"),
        "candidates", Map.of("value", "lakeview | LakeView BI | 120000\ntablo | Tablo Cloud | 90000"),
        "criteria", Map.of("value", "Ease of use | 60\nSpeed | 40"),
        "testers", Map.of("value", "evan, ella"),
        "dataSet", Map.of("value", "product-catalogue"),
        "environmentsUntil", Map.of("value", LocalDate.now().plusDays(14).toString()));
  }

  /** Personal data: the infrastructure owner and the PM approve, then the whole path to teardown. */
  @Test
  void fromTheRequestToTheEnvironmentsTornDown() throws Exception {
    long projectId = project("peter");
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/evaluations", request(projectId, "department-sales"), Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) created.getBody().get("id")).longValue();
    String pi = (String) created.getBody().get("processInstanceId");

    // who may read it: the people involved and the overseers
    for (String reader : List.of("paula", "peter", "evan", "ines", "sam")) {
      assertThat(Api.as(http, reader).getForEntity("/api/evaluations/" + id, Map.class).getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
    }
    for (String outsider : List.of("ella", "victor", "carla")) {
      assertThat(Api.as(http, outsider).getForEntity("/api/evaluations/" + id, Map.class).getStatusCode()).as(outsider)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }

    TaskAttacks attacks = attacks();
    // the PMO cannot approve infrastructure it asked for; the owner does, then the project's PM
    attacks.work("ines", task(pi, TASK_INFRASTRUCTURE_APPROVAL), Map.of("decision", "approve", "reason", "masked copy, 20 days"));
    attacks.work("peter", task(pi, TASK_PM_APPROVAL), Map.of("decision", "approve", "reason", "masked is fine"));
    Jobs.runAll(management, pi);

    List<Task> sheets = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(TASK_TRY_CANDIDATE).list();
    assertThat(sheets).hasSize(2).allMatch(t -> "evan".equals(t.getAssignee()));
    for (Task sheet : sheets) {
      Map<String, Object> shown = tasks.getVariablesLocal(sheet.getId());
      assertThat(String.valueOf(shown.get("environment"))).contains("ev" + id + "_").doesNotContainIgnoringCase("password");
      attacks.work("evan", sheet, Map.of("scoreSheet", "Ease of use | 4 | built a report alone\nSpeed | 3 | fine on 20k rows"));
    }
    attacks.work("paula", task(pi, TASK_WRITE_RECOMMENDATION),
        Map.of("recommendedCandidate", "lakeview", "recommendation", "LakeView fits: sales built reports alone.", "risks", "per-user licence"));
    Jobs.runAll(management, pi);
    MimeMessage mail = Mailbox.awaitMail(greenMail, "peter@pmoflow.example", "Recommendation for EV-" + id);
    assertThat(Mailbox.attachment(mail, "EV-" + id + "-recommendation-v1.pdf")).startsWith("%PDF".getBytes());
    ResponseEntity<byte[]> pdf = Api.as(http, "peter").getForEntity("/api/evaluations/" + id + "/recommendation", byte[].class);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(Api.as(http, "victor").getForEntity("/api/evaluations/" + id + "/recommendation", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    attacks.work("peter", task(pi, TASK_REVIEW_RECOMMENDATION), Map.of("decision", "accept", "followUp", "rfp"));
    attacks.work("peter", task(pi, TASK_ENVIRONMENTS_IN_USE), Map.of("decision", "end"));
    Jobs.runAll(management, pi);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    Map view = Api.as(http, "paula").getForObject("/api/evaluations/" + id, Map.class);
    assertThat(view.get("status")).isEqualTo("CLOSED");
    assertThat(view.get("approvalRoute")).isEqualTo("INFRASTRUCTURE_AND_PM");
    assertThat(view.get("followUp")).isEqualTo("rfp");
    // the accepted choice began an RFP draft for the project, in the name of its PMO
    Map rfp = Api.as(http, "paula").getForObject("/api/rfps/" + ((String) view.get("followUpCase")).substring("RFP-".length()), Map.class);
    assertThat(String.valueOf(rfp.get("title"))).isEqualTo("RFP: LakeView BI (lakeview)");
    assertThat((List<Map>) view.get("environments")).hasSize(2).allMatch(e -> e.get("tornDownAt") != null);
    List<String> steps = new ArrayList<>();
    ((List<Map>) view.get("trail")).forEach(d -> steps.add(d.get("step") + ":" + d.get("actor")));
    assertThat(steps).contains("infrastructure:ines", "pm:peter", "score:evan", "recommendation:paula", "pm-review:peter", "close:pmo-flow");
    assertThat(environments.existingEnvironmentKeys()).doesNotContain("ev" + id + "_lakeview", "ev" + id + "_tablo");
  }

  /**
   * A tester must have a directory entry (the environment's group holds entries, not names): refused at
   * the request with the field named; one who disappears before provisioning stops the job with an
   * incident that says whom and what to do, and the retry after the entry is back finishes the work.
   */
  @Test
  void aTesterWithoutADirectoryEntryIsRefusedAndOneWhoDisappearsBecomesAnIncident() throws Exception {
    long projectId = project("peter");
    String noEntry = TestUsers.ensure(identity, "nemo" + suffix, "Nemo", "Tester", "pm");
    long rows = evaluations();
    long started = instances();
    Map<String, Object> body = request(projectId, "product-catalogue");
    body.put("testers", List.of("evan", noEntry));
    ResponseEntity<Map> refused = Api.as(http, "paula").postForEntity("/api/evaluations", body, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly("testers[1]");
    assertThat(String.valueOf(refused.getBody())).contains(noEntry + " has no entry in the directory");
    Map<String, Object> form = new HashMap<>(startForm(projectId));
    form.put("testers", Map.of("value", "evan, " + noEntry));
    ResponseEntity<Map> refusedForm = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/tool-evaluation/submit-form", Map.of("variables", form), Map.class);
    assertThat(refusedForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(refusedForm.getBody())).contains("Testers").contains(noEntry).doesNotContain("ENGINE-");
    assertThat(evaluations()).isEqualTo(rows);
    assertThat(instances()).isEqualTo(started);

    // the directory cannot be reached: a plain 503, nothing started
    body.put("testers", List.of("evan"));
    ldap.shutDown(true);
    try {
      ResponseEntity<Map> unavailable = Api.as(http, "paula").postForEntity("/api/evaluations", body, Map.class);
      assertThat(unavailable.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(String.valueOf(unavailable.getBody())).contains("directory cannot be reached");
    } finally {
      ldap.startListening();
    }
    assertThat(evaluations()).isEqualTo(rows);
    assertThat(instances()).isEqualTo(started);

    String leaving = TestUsers.staffInDirectory(identity, ldap, "lea" + suffix, "pm");
    body.put("testers", List.of("evan", leaving));
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/evaluations", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String pi = (String) created.getBody().get("processInstanceId");
    long id = ((Number) created.getBody().get("id")).longValue();
    ldap.delete(TestUsers.staffDn(leaving));

    Job provisioning = management.createJobQuery().processInstanceId(pi).singleResult();
    // the job executor's retries, one after the other (they are minutes apart)
    for (int attempt = 0; attempt < 5 && runtime.createIncidentQuery().processInstanceId(pi).count() == 0; attempt++) {
      assertThatThrownBy(() -> management.executeJob(provisioning.getId())).hasMessageContaining("has no entry in the directory");
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(pi).singleResult();
    assertThat(incident).as("an incident in Cockpit").isNotNull();
    assertThat(incident.getIncidentMessage()).contains("The tester " + leaving + " has no entry in the directory", "restore the entry");
    assertThat(environments.existingEnvironmentKeys()).doesNotContain("ev" + id + "_lakeview");
    assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(TASK_TRY_CANDIDATE).count()).isZero();

    // the operator's retry in Cockpit once the entry is back
    TestUsers.staffInDirectory(identity, ldap, leaving, "pm");
    management.setJobRetries(provisioning.getId(), 1);
    management.executeJob(provisioning.getId());
    Jobs.runAll(management, pi);
    assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(TASK_TRY_CANDIDATE).taskAssignee(leaving).count()).isEqualTo(2);
    runtime.deleteProcessInstance(pi, "test done");
    environments.tearDown("ev" + id + "_lakeview");
    environments.tearDown("ev" + id + "_tablo");
  }

  /**
   * Accepting with "Request a spec change" starts a real change request through the spec change's own
   * service: refused (nothing started, the task still open) until the section and text are right, then
   * CR-n in the PM's name, waiting for the PMO's triage, recorded on the evaluation.
   */
  @Test
  void acceptingWithASpecChangeStartsTheChangeRequest() {
    long projectId = project("peter");
    Projects.specify(http, projectId, Projects.ORDER_PORTAL_SPEC);
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/evaluations", request(projectId, "product-catalogue"), Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) created.getBody().get("id")).longValue();
    String pi = (String) created.getBody().get("processInstanceId");
    Jobs.runAll(management, pi);
    for (Task sheet : tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(TASK_TRY_CANDIDATE).list()) {
      attacks().work("evan", sheet, Map.of("scoreSheet", "Ease of use | 4 | built a report alone\nSpeed | 3 | fine"));
    }
    attacks().work("paula", task(pi, TASK_WRITE_RECOMMENDATION),
        Map.of("recommendedCandidate", "lakeview", "recommendation", "LakeView fits.", "risks", "licence per user"));
    Jobs.runAll(management, pi);
    Task review = task(pi, TASK_REVIEW_RECOMMENDATION);
    // the PM picks the section from the project's specification
    assertThat(String.valueOf(tasks.getVariableLocal(review.getId(), "specSections"))).contains("FUN-ORDER: Orders", "UI-LOGIN: Login");
    long changesBefore = jdbc.sql("select count(*) from change_request where project_id = ?").param(projectId).query(Long.class).single();

    assertThat(review.getAssignee()).isEqualTo("peter");
    // a section that is not one of the project's is not one of the form's choices
    Map<String, Object> answer = new HashMap<>(Map.of("decision", Map.of("value", "accept"), "followUp", Map.of("value", "spec-change"),
        "changeSection", Map.of("value", "NO-SUCH"), "changeTitle", Map.of("value", "Orders are reported in LakeView"),
        "changeText", Map.of("value", "Orders come from LakeView")));
    ResponseEntity<Map> refused = Api.as(http, "peter").postForEntity("/engine-rest/task/" + review.getId() + "/submit-form",
        Map.of("variables", answer), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(refused.getBody())).contains("Section to change", "NO-SUCH").doesNotContain("ENGINE-");
    // the spec change's own checks: a title is required
    answer.put("changeSection", Map.of("value", "FUN-ORDER"));
    answer.put("changeTitle", Map.of("value", " "));
    refused = Api.as(http, "peter").postForEntity("/engine-rest/task/" + review.getId() + "/submit-form", Map.of("variables", answer), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(refused.getBody())).contains("Title of the change").doesNotContain("ENGINE-");
    answer.put("changeTitle", Map.of("value", "Orders are reported in LakeView"));
    // a next step that is not one of the form's choices
    Map<String, Object> forged = new HashMap<>(answer);
    forged.put("followUp", Map.of("value", "award-vendor"));
    refused = Api.as(http, "peter").postForEntity("/engine-rest/task/" + review.getId() + "/submit-form", Map.of("variables", forged), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.sql("select count(*) from change_request where project_id = ?").param(projectId).query(Long.class).single())
        .isEqualTo(changesBefore);
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);

    // the PMO cannot answer for the PM, nor with the change's fields (TaskAttacks); the PM can
    attacks().work("peter", review, Map.of("decision", "accept", "followUp", "spec-change", "changeSection", "FUN-ORDER",
        "changeTitle", "Orders are reported in LakeView", "changeText", "Enter an order\nConfirm it\nSee it in LakeView BI",
        "reason", "sales wants one report tool"));

    Map view = Api.as(http, "paula").getForObject("/api/evaluations/" + id, Map.class);
    assertThat(view.get("followUp")).isEqualTo("spec-change");
    String changeKey = (String) view.get("followUpCase");
    assertThat(changeKey).startsWith("CR-");
    Map change = Api.as(http, "peter").getForObject("/api/change-requests/" + changeKey.substring("CR-".length()), Map.class);
    assertThat(change.get("title")).isEqualTo("Orders are reported in LakeView");
    assertThat(change.get("requester")).isEqualTo("peter");
    assertThat(String.valueOf(change.get("description"))).contains("EV-" + id, "LakeView BI");
    String changeInstance = (String) change.get("processInstanceId");
    assertThat(tasks.createTaskQuery().processInstanceId(changeInstance).singleResult().getTaskDefinitionKey())
        .isEqualTo(io.pmoflow.specchange.SpecChangeElements.TASK_TRIAGE);
    assertThat(runtime.getVariables(pi)).doesNotContainKeys("changeSection", "changeTitle", "changeText");
    Jobs.runAll(management, pi);
    // the follow-up step starts nothing more
    assertThat(jdbc.sql("select count(*) from change_request where project_id = ?").param(projectId).query(Long.class).single())
        .isEqualTo(changesBefore + 1);
    attacks().work("peter", task(pi, TASK_ENVIRONMENTS_IN_USE), Map.of("decision", "end"));
    Jobs.runAll(management, pi);
  }

  /** Four eyes: an infrastructure owner who is also in the PMO cannot approve what they asked for (personal data: the owner decides first). */
  @Test
  void nobodyApprovesTheirOwnRequest() {
    String both = TestUsers.ensure(identity, "io" + suffix, "Ivo", "Office", "pmo");
    identity.createMembership(both, "infrastructure");
    long projectId = project("peter");
    ResponseEntity<Map> created = Api.as(http, both).postForEntity("/api/evaluations", request(projectId, "department-sales"), Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String pi = (String) created.getBody().get("processInstanceId");
    Task approval = task(pi, TASK_INFRASTRUCTURE_APPROVAL);
    assertThat(Api.as(http, both).postForEntity("/engine-rest/task/" + approval.getId() + "/claim", Map.of("userId", both), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map> own = Api.as(http, both).postForEntity("/engine-rest/task/" + approval.getId() + "/submit-form",
        Map.of("variables", Map.of("decision", Map.of("value", "approve"), "reason", Map.of("value", "mine"))), Map.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(own.getBody())).contains("four eyes").doesNotContain("ENGINE-");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
  }

  private Task task(String pi, String key) {
    Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  private static List<String> fields(ResponseEntity<Map> problem) {
    return ((List<Map<String, String>>) problem.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
  }
}

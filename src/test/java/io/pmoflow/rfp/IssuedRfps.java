package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.Api;
import io.pmoflow.support.Projects;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** RFPs brought to "issued" (open for questions and proposals) through the API and Tasklist's REST calls, for the tender's tests. */
public final class IssuedRfps {

  /** An issued RFP: its id and process instance. */
  public record Issued(long id, String pi) {}

  private final TestRestTemplate http;
  private final TaskService tasks;
  private final ManagementService management;

  public IssuedRfps(TestRestTemplate http, TaskService tasks, ManagementService management) {
    this.http = http;
    this.tasks = tasks;
    this.management = management;
  }

  /** acme and globex invited, evan and ella evaluating; questions close in a day, proposals in two. */
  public Issued both() {
    return issue(vendors -> vendors);
  }

  /** Only globex invited. */
  public Issued globexOnly() {
    return issue(vendors -> List.of(vendors.get(1)));
  }

  private Issued issue(java.util.function.UnaryOperator<List<Object>> vendors) {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    long projectId = Projects.create(http, "PF-" + suffix, "Files " + suffix, 50000, "2030-03-01", "2030-12-31");
    Instant questions = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> body = RfpDraftFixture.body(projectId, "Tender " + suffix, 60, questions, questions.plus(1, ChronoUnit.DAYS),
        "a-" + suffix + "@acme.example", "g-" + suffix + "@globex.example");
    body.put("vendors", vendors.apply(new java.util.ArrayList<>((List<?>) body.get("vendors"))));
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) created.getBody().get("id")).longValue();
    String pi = (String) created.getBody().get("processInstanceId");
    complete("paula", pi, RfpElements.TASK_DRAFT_RFP, Map.of());
    runJob(pi, RfpElements.TASK_GENERATE_DOCUMENT);
    complete("peter", pi, RfpElements.TASK_PM_REVIEW, Map.of("decision", Map.of("value", "approve")));
    runJob(pi, RfpElements.TASK_ISSUE_TO_VENDORS);
    return new Issued(id, pi);
  }

  void complete(String user, String pi, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).singleResult();
    if (task.getAssignee() == null) {
      Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user), Void.class);
    }
    assertThat(Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", variables), Map.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  void runJob(String pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    management.executeJob(job.getId());
  }
}

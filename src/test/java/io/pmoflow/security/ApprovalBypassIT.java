package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.onboarding.VendorOnboardingElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Vendors;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replays, over the engine REST API as the attacker did, the vendor-onboarding rows of issue 9's
 * table: each is refused with a plain-words 400 or a 403, and the approval the attack tried to
 * skip still happens. (The rows of the spec-change and RFP processes are replayed in SpecChangeIT
 * and RfpIT, and {@link io.pmoflow.support.TaskAttacks} tries them on every task the integration
 * tests reach.)
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ApprovalBypassIT {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aForgedNdaCompletionCannotApproveACriticalGrantAndSecurityThenThePmStillDecide() {
    String code = "b" + ThreadLocalRandom.current().nextInt(100000, 999999);
    long vendorId = registerVendor(code);
    String instance = startOnboarding(vendorId, code);
    Task nda = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(VendorOnboardingElements.TASK_COLLECT_NDA).singleResult();

    // row 1: paula sends extra variables with "Collect the NDA"
    Map<String, Object> forged = new HashMap<>();
    forged.put("ndaReceived", value(true));
    forged.put("fallbackApproverGroup", value("pmo"));
    forged.put("approvalEscalationAfter", value("PT1S"));
    forged.put("sponsor", value("paula"));
    ResponseEntity<Map> refused = submit("paula", nda, forged);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .contains("fallbackApproverGroup is not a field of this form", "sponsor is not a field of this form")
        .doesNotContain("ENGINE-", "Exception");
    assertThat(runtime.getVariable(instance, "fallbackApproverGroup")).isNotEqualTo("pmo");
    assertThat(runtime.getVariable(instance, "sponsor")).isNotEqualTo("paula");

    assertThat(submit("paula", nda, Map.of("ndaReceived", value(true))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAllWithCalled(management, runtime, instance);
    Task security = openTask(MemberOnboardingElements.TASK_SECURITY_APPROVAL, code);
    assertThat(tasks.getIdentityLinksForTask(security.getId())).anyMatch(l -> "security".equals(l.getGroupId()));
    // paula is not security: she may not decide it
    assertThat(submit("paula", security, Map.of("approved", value(true))).getStatusCode().is4xxClientError()).isTrue();

    // row 4: sam approves and sends approvalRoute=SECURITY to skip the PM
    ResponseEntity<Map> skip = submit("sam", security, Map.of("approved", value(true), "approvalReason",
        value("Needed for incidents"), "approvalRoute", value("SECURITY")));
    assertThat(skip.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) skip.getBody().get("message")).contains("approvalRoute is not a field of this form");
    assertThat(submit("sam", security, Map.of("approved", value(true), "approvalReason", value("Needed for incidents")))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAllWithCalled(management, runtime, instance);
    assertThat(openTask(MemberOnboardingElements.TASK_PM_APPROVAL, code)).as("the PM still decides a critical grant").isNotNull();
    // the PM's task is the sponsor's own: it can be neither passed on, given back, nor taken over
    Task pmTask = openTask(MemberOnboardingElements.TASK_PM_APPROVAL, code);
    assertThat(Api.as(http, "peter").postForEntity("/engine-rest/task/" + pmTask.getId() + "/assignee",
        Map.of("userId", "paula"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "peter").postForEntity("/engine-rest/task/" + pmTask.getId() + "/unclaim",
        null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "paula").postForEntity("/engine-rest/task/" + pmTask.getId() + "/claim",
        Map.of("userId", "paula"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(pmTask.getId()).singleResult().getAssignee()).isEqualTo("peter");
    // a person cannot make a task of their own outside the processes either
    assertThat(Api.as(http, "victor").postForEntity("/engine-rest/task/create",
        Map.of("name", "Approve my access"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject(
        "select count(*) from access_grant g join vendor_member m on m.id = g.member_id where m.vendor_id = ? and g.status = 'ACTIVE'",
        Long.class, vendorId)).isZero();
  }

  @Test
  void aStartOverTheEngineApiWithMadeUpMembersAndApproversIsRefusedAndStartsNothing() {
    String code = "b" + ThreadLocalRandom.current().nextInt(100000, 999999);
    long vendorId = registerVendor(code);
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("vendor-onboarding").count();

    // row 7: paula starts vendor-onboarding directly with made-up ids, approver group and sponsor
    Map<String, Object> variables = Map.of(
        "vendorId", Map.of("value", vendorId, "type", "Long"),
        "memberIds", Map.of("value", "[1,2,3]", "type", "Json"),
        "fallbackApproverGroup", value("pmo"),
        "sponsor", value("paula"));
    for (String route : List.of("start", "submit-form")) {
      ResponseEntity<Map> started = Api.as(http, "paula").postForEntity(
          "/engine-rest/process-definition/key/vendor-onboarding/" + route, Map.of("variables", variables), Map.class);
      assertThat(started.getStatusCode()).as(route + ": " + started.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) started.getBody().get("message"))
          .contains("memberIds is not a field of this form", "fallbackApproverGroup is not a field of this form")
          .doesNotContain("ENGINE-", "vendor-onboarding:");
    }
    // starting past the start event is for administrators
    ResponseEntity<Map> skipStart = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/vendor-onboarding/start",
        Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", VendorOnboardingElements.TASK_COLLECT_NDA))),
        Map.class);
    assertThat(skipStart.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("vendor-onboarding").count()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select status from vendor where id = ?", String.class, vendorId)).isEqualTo("REGISTERED");
  }

  @Test
  void messagesAndSignalsToRunningCasesAreForTheApplicationAndAdministrators() {
    ResponseEntity<Map> message = Api.as(http, "paula").postForEntity("/engine-rest/message",
        Map.of("messageName", "MemberAdded", "processVariables", Map.of("memberId", Map.of("value", 1, "type", "Long"))),
        Map.class);
    assertThat(message.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> signal = Api.as(http, "victor").postForEntity("/engine-rest/signal", Map.of("name", "anything"), Map.class);
    assertThat(signal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private Task openTask(String key, String businessKeyPrefix) {
    List<Task> open = tasks.createTaskQuery().taskDefinitionKey(key).list().stream()
        .filter(t -> runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult()
            .getBusinessKey().startsWith(businessKeyPrefix))
        .toList();
    assertThat(open).as("open " + key).hasSize(1);
    return open.get(0);
  }

  private ResponseEntity<Map> submit(String user, Task task, Map<String, Object> variables) {
    return Api.as(http, user).postForEntity(
        "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables), Map.class);
  }

  private long registerVendor(String code) {
    return Vendors.register(http, Vendors.registration(code, false, LocalDate.now().plusMonths(6)));
  }

  private String startOnboarding(long vendorId, String code) {
    return Vendors.startOnboarding(http, vendorId, Vendors.member("Ann Archer", "ann@" + code + ".example",
        "Operator", "EMPLOYEE", Vendors.access("prod-logs", "reader", "Incident analysis")));
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }
}

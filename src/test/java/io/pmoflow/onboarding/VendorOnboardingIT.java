package io.pmoflow.onboarding;

import io.pmoflow.security.OneTimeTokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPBindException;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.mail.internet.MimeMessage;
import io.pmoflow.onboarding.AccessReconciliationElements;
import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.onboarding.VendorOnboardingElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.Mailbox;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.TaskAttacks;
import io.pmoflow.support.Vendors;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Vendor onboarding over REST on PostgreSQL, with the real in-memory LDAP server (asserted by
 * LDAP search) and GreenMail.
 */
@PostgresIntegrationTest
class VendorOnboardingIT {

  static final String PEOPLE = "ou=people,dc=pmoflow,dc=example";
  static final String GROUPS = "ou=groups,dc=pmoflow,dc=example";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired InMemoryDirectoryServer ldap;
  @Autowired GreenMail greenMail;
  @Autowired JdbcTemplate jdbc;
  @Autowired VendorService vendorService;

  @Test
  void onboardsATeamWithAutomaticAndSecurityApprovalIntoTheDirectory() throws Exception {
    String code = uniqueCode();
    long vendorId = registerVendor(code, true, LocalDate.now().plusMonths(6));
    String ann = "ann@" + code + ".example";
    String bob = "bob@" + code + ".example";

    ResponseEntity<Map> started =
        Api.as(http, "paula").postForEntity("/api/vendors/" + vendorId + "/onboarding",
            Map.of("members", List.of(
                member("Ann Archer", ann, "EMPLOYEE", access("wiki", "reader"), access("jira", "user")),
                member("Bob Baker", bob, "EMPLOYEE", access("vpn", "user")))),
            Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instanceId = (String) started.getBody().get("processInstanceId");
    assertThat(waitForMail("paula@pmoflow.example", "Recorded: onboarding of Vendor " + code + " (" + code + ")"))
        .contains("under the vendor's code " + code);

    // the access-approval table routed every request in the request's transaction: wiki and jira
    // are inside the PMO's authority and approved already, with the rule, what it read and the table's version
    Map<String, Object> wiki = jdbc.queryForMap("select g.status, g.decided_by, g.approval_rule, g.approval_inputs, g.approval_table"
        + " from access_grant g join vendor_member m on m.id = g.member_id join access_system_role r on r.id = g.role_id"
        + " where m.email = ? and r.directory_group = 'wiki-readers'", ann);
    assertThat(wiki).containsEntry("status", "APPROVED").containsEntry("decided_by", "pmo-flow (delegated authority)");
    assertThat((String) wiki.get("approval_rule")).startsWith("PMO authority");
    assertThat((String) wiki.get("approval_inputs")).contains("System sensitivity: LOW", "Member type: EMPLOYEE");
    assertThat((String) wiki.get("approval_table")).startsWith("access-approval version ");
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("access-approval").count())
        .as("no decision instance per request").isZero();
    Jobs.startMemberCases(management, runtime, instanceId);

    // wiki and jira are inside the PMO's authority; the VPN (HIGH) needs security
    // each member's instance is named after the member, and the task after the request
    Task approval = tasks.createTaskQuery().taskDefinitionKey(MemberOnboardingElements.TASK_SECURITY_APPROVAL)
        .processInstanceBusinessKey(code + "/" + bob).singleResult();
    assertThat(approval).isNotNull();
    assertThat(approval.getName()).isEqualTo("Approve access (security): Bob Baker \u2192 vpn/user (Vendor " + code + ")");
    assertThat(tasks.createTaskQuery().taskNameLike("%Bob Baker%").taskId(approval.getId()).count()).isEqualTo(1);
    // the form shows, read-only above the decision, what is decided: sam reads it over the engine's REST API
    Map<String, Map<String, Object>> shown = Api.as(http, "sam").getForObject(
        "/engine-rest/task/" + approval.getId() + "/form-variables", Map.class);
    assertThat(shown.get("shownMember").get("value")).isEqualTo("Bob Baker, " + bob + " \u2014 Developer, vendor employee");
    assertThat((String) shown.get("shownVendor").get("value")).startsWith("Vendor " + code + ", contract C-" + code + " ends on ");
    assertThat((String) shown.get("shownAccess").get("value")).startsWith("VPN / VPN user (vpn/user): ").contains("-sensitivity system");
    assertThat(shown.get("shownJustification").get("value")).isEqualTo("Works on the project");
    assertThat(shown.get("shownRule").get("value")).isEqualTo("Highly sensitive system: security approves");
    assertThat(tasks.getVariable(approval.getId(), "approvalRoute")).as("the route is the grant's, no variable").isNull();
    work("sam", approval, Map.of("approved", true, "reason", "Remote work agreed"));
    runAllJobs(instanceId);

    String annUid = code + "-ann";
    String bobUid = code + "-bob";
    assertThat(ldap.search(PEOPLE, SearchScope.SUB, Filter.createEqualityFilter("mail", ann)).getEntryCount()).isEqualTo(1);
    Entry annEntry = ldap.getEntry("uid=" + annUid + "," + PEOPLE);
    assertThat(annEntry.getAttributeValue("employeeType")).isEqualTo("vendor");
    assertThat(annEntry.getAttributeValueAsLong("shadowExpire")).isEqualTo(LocalDate.now().plusMonths(6).toEpochDay());
    assertThat(members("wiki-readers")).contains("uid=" + annUid + "," + PEOPLE);
    assertThat(members("jira-users")).contains("uid=" + annUid + "," + PEOPLE);
    assertThat(members("vpn-users")).contains("uid=" + bobUid + "," + PEOPLE);
    assertThat(identity.createUserQuery().userId(annUid).memberOfGroup("vendor-" + code).count()).isEqualTo(1);

    Map<?, ?> access = Api.as(http, "paula").getForObject("/api/vendors/" + vendorId + "/access", Map.class);
    List<Map<String, Object>> memberViews = (List<Map<String, Object>>) access.get("members");
    Map<String, Object> bobGrant = ((List<Map<String, Object>>) memberViews.get(1).get("grants")).get(0);
    assertThat(bobGrant).containsEntry("status", "PROVISIONED").containsEntry("decidedBy", "sam")
        .containsEntry("decisionReason", "Remote work agreed").containsEntry("approvalRoute", "SECURITY");
    Map<String, Object> annGrant = ((List<Map<String, Object>>) memberViews.get(0).get("grants")).get(0);
    assertThat((String) annGrant.get("decisionReason")).startsWith("PMO authority");

    // the activation link goes by mail only; the database keeps its hash, no variable its value
    String token = activationToken(ann);
    assertThat(jdbc.queryForObject("select activation_token_hash from vendor_member where email = ?", String.class, ann))
        .isEqualTo(OneTimeTokens.hash(token));
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().list()) {
      assertThat(String.valueOf(variable.getValue())).doesNotContain(token);
    }
    // the outbox keeps the mail until sent; once sent, the link is erased
    waitUntilSent(ann);
    assertThat(jdbc.queryForList("select body from outbox_mail where recipient = ?", String.class, ann))
        .allSatisfy(body -> assertThat(body).doesNotContain(token));
    waitForMail("peter@pmoflow.example", "Access summary");
    waitForMail("lead@" + code + ".example", "Access summary");

    ResponseEntity<String> activated = activate(token, "a-long-enough-secret");
    assertThat(activated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identity.checkPassword(annUid, "a-long-enough-secret")).isTrue();
    // the directory holds a salted hash, and a simple bind with the chosen password works
    assertThat(ldap.getEntry("uid=" + annUid + "," + PEOPLE).getAttributeValue("userPassword"))
        .startsWith("{SSHA").doesNotContain("a-long-enough-secret");
    try (LDAPConnection member = new LDAPConnection("127.0.0.1", ldap.getListenPort())) {
      member.bind("uid=" + annUid + "," + PEOPLE, "a-long-enough-secret");
      assertThatThrownBy(() -> member.bind("uid=" + annUid + "," + PEOPLE, "not-the-secret-at-all"))
          .isInstanceOf(LDAPBindException.class);
    }
    assertThat(activate(token, "a-long-enough-secret").getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()).isNotNull();
  }

  @Test
  void everyRejectionIsMailedToThePmoAndTheSummaryShowsEveryDecision() throws Exception {
    String code = uniqueCode();
    long vendorId = registerVendor(code, true, LocalDate.now().plusMonths(6));
    String paul = "paul@" + code + ".example";
    String instanceId = startOnboarding(vendorId,
        member("Paul Price", paul, "EMPLOYEE", access("prod-logs", "reader")));
    Jobs.startMemberCases(management, runtime, instanceId);

    // production logs are critical: security approves, then the PM rejects
    Task security = tasks.createTaskQuery().taskDefinitionKey(MemberOnboardingElements.TASK_SECURITY_APPROVAL)
        .processInstanceBusinessKey(code + "/" + paul).singleResult();
    work("sam", security, Map.of("approved", true, "reason", "Read-only is fine"));
    Task pm = tasks.createTaskQuery().taskDefinitionKey(MemberOnboardingElements.TASK_PM_APPROVAL)
        .processInstanceBusinessKey(code + "/" + paul).singleResult();
    assertThat(pm.getName()).isEqualTo("Approve access (project manager): Paul Price \u2192 prod-logs/reader (Vendor " + code + ")");
    assertThat((String) tasks.getVariableLocal(pm.getId(), "shownSecurityDecision"))
        .startsWith("Approved by sam on ").endsWith(": Read-only is fine");
    work("peter", pm, Map.of("approved", false, "reason", "The project does not need production logs"));
    runAllJobs(instanceId);

    // the PMO is told who rejected and why
    String rejected = waitForMail("paula@pmoflow.example", "Access rejected: Paul Price");
    assertThat(rejected).contains("Rejected by: peter (PM)", "Why: The project does not need production logs",
        "security: approved by sam (Read-only is fine)");
    // the summary shows security's and the PM's decisions, in order
    assertThat(waitForMail("peter@pmoflow.example", "Access summary: Vendor " + code).replace("=\r\n", ""))
        .contains("security: approved by sam (Read-only is fine)", "PM: rejected by peter (The project does not need production logs)");
    // a member whose only access was rejected has no account and is not active
    Map<?, ?> access = Api.as(http, "paula").getForObject("/api/vendors/" + vendorId + "/access", Map.class);
    Map<String, Object> paulView = ((List<Map<String, Object>>) access.get("members")).get(0);
    assertThat(paulView).containsEntry("status", "REJECTED");
    assertThat(ldap.getEntry("uid=" + code + "-paul," + PEOPLE)).isNull();
  }

  @Test
  void aStartThatNamesMemberIdsIsCheckedInTheEngineWhoeverStartsIt() {
    String otherCode = uniqueCode();
    long other = registerVendor(otherCode, false, LocalDate.now().plusMonths(2));
    String olga = "olga@" + otherCode + ".example";
    startOnboarding(other, member("Olga Otto", olga, "EMPLOYEE", access("wiki", "reader")));
    long olgasId = jdbc.queryForObject("select id from vendor_member where email = ?", Long.class, olga);
    String code = uniqueCode();
    long vendorId = registerVendor(code, false, LocalDate.now().plusMonths(2));

    // another vendor's waiting member, the same id again, an id that names nobody
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(
        "vendorId", vendorId, "memberIds", new ArrayList<>(List.of(olgasId, olgasId, 987654321L))));
    assertThatThrownBy(() -> io.pmoflow.forms.FormInputGuard.asApplication(
            () -> runtime.startProcessInstanceByKey("vendor-onboarding", code, variables)))
        .hasMessageContaining("memberIds[0] is not a member of vendor " + code)
        .hasMessageContaining("memberIds[1] is named twice")
        .hasMessageContaining("memberIds[2] is not a member of vendor " + code);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    assertThat(jdbc.queryForObject("select status from vendor where id = ?", String.class, vendorId)).isEqualTo("REGISTERED");
  }

  @Test
  void aVendorAwardedTwiceKeepsItsOnboardingWithTheNewContractAndItsAccounts() throws Exception {
    String code = uniqueCode();
    LocalDate firstEnd = LocalDate.now().plusMonths(3);
    Vendor first = vendorService.onboardAwardedVendor(new AwardedVendor(
        9001L, code, "Awarded " + code, "RFP-1-" + code, LocalDate.now(), firstEnd, "peter", "Lead", "lead@" + code + ".example",
        Locale.JAPANESE));
    String instanceId = first.getProcessInstanceId();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey()).isEqualTo(code);

    // the PMO's "Collect the NDA" opens and completes: the award's (empty) member list reads back
    Task nda = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(nda.getTaskDefinitionKey()).isEqualTo(VendorOnboardingElements.TASK_COLLECT_NDA);
    assertThat(runtime.getVariable(instanceId, "memberIds")).isEqualTo(List.of());
    work("paula", nda, Map.of("ndaReceived", true));
    runAllJobs(instanceId);

    String ann = "ann@" + code + ".example";
    ResponseEntity<Map> added = Api.as(http, "paula").postForEntity("/api/vendors/" + first.getId() + "/members",
        member("Ann Archer", ann, "EMPLOYEE", access("wiki", "reader")), Map.class);
    assertThat(added.getStatusCode()).as(String.valueOf(added.getBody())).isEqualTo(HttpStatus.CREATED);
    runAllJobs(instanceId);
    assertThat(ldap.getEntry("uid=" + code + "-ann," + PEOPLE).getAttributeValueAsLong("shadowExpire")).isEqualTo(firstEnd.toEpochDay());
    // the vendor won a Japanese project's RFP: its staff's activation mail is in Japanese
    MimeMessage activation = Mailbox.awaitMail(greenMail, ann, "の PMO Flow アカウント");
    assertThat(Mailbox.text(activation)).startsWith("Ann Archer 様").contains("ユーザー名: " + code + "-ann", "/activation?token=");

    // a second RFP is won: same onboarding, the new contract recorded, accounts' expiry moved
    LocalDate secondEnd = LocalDate.now().plusMonths(12);
    Vendor second = vendorService.onboardAwardedVendor(new AwardedVendor(
        9002L, code, "Awarded " + code, "RFP-2-" + code, LocalDate.now().plusMonths(1), secondEnd, "peter", "Lead", "lead@" + code + ".example",
        Locale.JAPANESE));
    assertThat(second.getProcessInstanceId()).isEqualTo(instanceId);
    runAllJobs(instanceId);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("vendor-onboarding").processInstanceBusinessKey(code).count()).isEqualTo(1);
    Map<?, ?> vendor = Api.as(http, "paula").getForObject("/api/vendors/" + first.getId(), Map.class);
    assertThat(vendor.get("contractNumber")).isEqualTo("RFP-2-" + code);
    assertThat(vendor.get("contractEnd")).isEqualTo(secondEnd.toString());
    assertThat(ldap.getEntry("uid=" + code + "-ann," + PEOPLE).getAttributeValueAsLong("shadowExpire")).isEqualTo(secondEnd.toEpochDay());

    // new members join the running onboarding; the existing account is reused, not made again
    String bob = "bob@" + code + ".example";
    ResponseEntity<Map> bobAdded = Api.as(http, "paula").postForEntity("/api/vendors/" + first.getId() + "/members",
        member("Bob Baker", bob, "EMPLOYEE", access("wiki", "reader")), Map.class);
    assertThat(bobAdded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    runAllJobs(instanceId);
    assertThat(members("wiki-readers")).contains("uid=" + code + "-bob," + PEOPLE, "uid=" + code + "-ann," + PEOPLE);
    assertThat(ldap.search(PEOPLE, SearchScope.SUB, Filter.createEqualityFilter("mail", ann)).getEntryCount()).isEqualTo(1);
  }

  @Test
  void aDirectoryOutageEndsInAnIncidentAndItsRetryMakesExactlyOneAccount() throws Exception {
    String code = uniqueCode();
    long vendorId = registerVendor(code, true, LocalDate.now().plusMonths(3));
    String cleo = "cleo@" + code + ".example";
    String instanceId = startOnboarding(vendorId, member("Cleo Carter", cleo, "EMPLOYEE", access("wiki", "editor")));
    Jobs.startMemberCases(management, runtime, instanceId);
    String memberInstance = children(instanceId).get(0);
    Job job = management.createJobQuery().processInstanceId(memberInstance).activityId(MemberOnboardingElements.TASK_CREATE_ACCOUNT).singleResult();

    ldap.shutDown(true);
    try {
      Jobs.runAll(management, memberInstance);
      job = management.createJobQuery().jobId(job.getId()).singleResult();
      assertThat(job.getRetries()).isEqualTo(4);
      assertThat(job.getExceptionMessage()).contains("Directory unavailable");
      management.setJobRetries(job.getId(), 1);
      runJob(job.getId());
      assertThat(runtime.createIncidentQuery().processInstanceId(memberInstance).count()).isEqualTo(1);
    } finally {
      ldap.startListening();
    }

    // the directory is back: the operator retries the incident
    management.setJobRetries(job.getId(), 1);
    runJob(job.getId());
    runAllJobs(instanceId);
    assertThat(runtime.createIncidentQuery().processInstanceId(memberInstance).count()).isZero();
    assertThat(ldap.search(PEOPLE, SearchScope.SUB, Filter.createEqualityFilter("mail", cleo)).getEntryCount()).isEqualTo(1);
    assertThat(members("wiki-editors")).containsOnlyOnce("uid=" + code + "-cleo," + PEOPLE);
    activationToken(cleo);
  }

  @Test
  void membersJoinAndLeaveAndTheContractIsExtended() throws Exception {
    String code = uniqueCode();
    long vendorId = registerVendor(code, true, LocalDate.now().plusMonths(2));
    String dora = "dora@" + code + ".example";
    String instanceId = startOnboarding(vendorId, member("Dora Dean", dora, "EMPLOYEE", access("jira", "user")));
    runAllJobs(instanceId);

    String eve = "eve@" + code + ".example";
    ResponseEntity<Map> added = Api.as(http, "paula").postForEntity("/api/vendors/" + vendorId + "/members",
        member("Eve Evans", eve, "EMPLOYEE", access("wiki", "reader")), Map.class);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    runAllJobs(instanceId);
    assertThat(members("wiki-readers")).contains("uid=" + code + "-eve," + PEOPLE);

    LocalDate newEnd = LocalDate.now().plusMonths(8);
    ResponseEntity<Map> extended = Api.as(http, "paula").exchange("/api/vendors/" + vendorId + "/contract",
        HttpMethod.PATCH, new HttpEntity<>(Map.of("contractEnd", newEnd.toString())), Map.class);
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
    runAllJobs(instanceId);
    assertThat(ldap.getEntry("uid=" + code + "-dora," + PEOPLE).getAttributeValueAsLong("shadowExpire")).isEqualTo(newEnd.toEpochDay());

    long doraId = ((Number) jdbc.queryForObject("select id from vendor_member where email = ?", Long.class, dora)).longValue();
    ResponseEntity<Void> removed = Api.as(http, "paula").exchange("/api/vendors/" + vendorId + "/members/" + doraId,
        HttpMethod.DELETE, null, Void.class);
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    runAllJobs(instanceId);
    assertThat(ldap.getEntry("uid=" + code + "-dora," + PEOPLE)).isNull();
    assertThat(members("jira-users")).doesNotContain("uid=" + code + "-dora," + PEOPLE);
    assertThat(jdbc.queryForObject("select status from access_grant where member_id = ?", String.class, doraId)).isEqualTo("REVOKED");
  }

  @Test
  void atContractEndAccountsAreDisabledAndAfterTheGracePeriodDeleted() throws Exception {
    String code = uniqueCode();
    long vendorId = registerVendor(code, true, LocalDate.now().plusMonths(1));
    String finn = "finn@" + code + ".example";
    String instanceId = startOnboarding(vendorId, member("Finn Ford", finn, "EMPLOYEE", access("jira", "user")));
    runAllJobs(instanceId);
    String uid = code + "-finn";
    assertThat(members("jira-users")).contains("uid=" + uid + "," + PEOPLE);

    fireTimer(instanceId, VendorOnboardingElements.EVENT_CONTRACT_ENDS);
    runAllJobs(instanceId);
    assertThat(ldap.getEntry("uid=" + uid + "," + PEOPLE).getAttributeValue("pwdAccountLockedTime")).isEqualTo("000001010000Z");
    assertThat(members("jira-users")).doesNotContain("uid=" + uid + "," + PEOPLE);
    assertThat(identity.createUserQuery().userId(uid).memberOfGroup("vendor-" + code).count()).isZero();
    assertThat(jdbc.queryForObject("select status from vendor where id = ?", String.class, vendorId)).isEqualTo("ENDED");
    assertThat(jdbc.queryForObject("select g.status from access_grant g join vendor_member m on m.id = g.member_id where m.email = ?", String.class, finn))
        .isEqualTo("SUSPENDED");

    fireTimer(instanceId, VendorOnboardingElements.EVENT_GRACE_PERIOD_OVER);
    runAllJobs(instanceId);
    assertThat(ldap.getEntry("uid=" + uid + "," + PEOPLE)).isNull();
    assertThat(identity.createUserQuery().userId(uid).count()).isZero();
    assertThat(jdbc.queryForObject("select status from vendor where id = ?", String.class, vendorId)).isEqualTo("CLOSED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
  }

  @Test
  void theTasklistStartFormRegistersTheMembersAndAMissingNdaIsCollectedFirst() throws Exception {
    String code = uniqueCode();
    long vendorId = registerVendor(code, false, LocalDate.now().plusMonths(4));
    String gina = "gina@" + code + ".example";
    // typed as the start form's text area takes it: one member per line; the address and the
    // system and role typed full-width, as a Japanese input method in full-width mode writes them
    String members = "\nGina Gray | " + gina + " | Tester | employee | wiki | reader | Reads the specs\n";
    String typedFullWidth = "\nGina Gray | " + fullWidth(gina) + " | Tester | employee | ｗｉｋｉ | ｒｅａｄｅｒ | Reads the specs\n";
    Map<String, Object> body = Map.of("variables", Map.of(
        "vendorId", Map.of("value", vendorId, "type", "Long"),
        "members", Map.of("value", typedFullWidth)));
    ResponseEntity<Map> started = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/vendor-onboarding/start", body, Map.class);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");
    assertThat(runtime.getVariable(instanceId, "members")).isNull();
    assertThat(jdbc.queryForObject("select count(*) from vendor_member where email = ?", Long.class, gina)).isEqualTo(1);

    // started without a business key, as Tasklist's start dialog does: the instance is named after the vendor
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey()).isEqualTo(code);
    // the PMO who started it is mailed the key (the vendor's code) and where to follow it
    assertThat(waitForMail("paula@pmoflow.example", "Recorded: onboarding of Vendor " + code + " (" + code + ")"))
        .contains("under the vendor's code " + code, "/camunda/app/tasklist/default/#/?searchQuery=", code + "%22")
        .containsPattern("Follow it \\(status, decisions so far\\): http\\S*/api/vendors/" + vendorId + "/access\\s");
    assertThat(Api.as(http, "paula").getForObject("/api/cases/" + instanceId, Map.class)).containsEntry("key", code);
    // the followed address is a readable page of who has what to a browser
    org.springframework.http.HttpHeaders html = new org.springframework.http.HttpHeaders();
    html.setAccept(List.of(org.springframework.http.MediaType.TEXT_HTML));
    ResponseEntity<String> page = Api.as(http, "paula").exchange("/api/vendors/" + vendorId + "/access",
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(html), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<h1>Onboarding of Vendor " + code + " (" + code + ")</h1>",
        "Gina Gray &lt;" + gina + "&gt;", "wiki / reader: ", "NDA not yet on file");
    Task nda = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(nda.getTaskDefinitionKey()).isEqualTo(VendorOnboardingElements.TASK_COLLECT_NDA);
    assertThat(nda.getName()).isEqualTo("Collect the NDA: Vendor " + code + " (C-" + code + ")");
    assertThat((String) tasks.getVariableLocal(nda.getId(), "shownContract")).startsWith("C-" + code + ", from ");
    assertThat((String) tasks.getVariableLocal(nda.getId(), "shownVendor")).startsWith("Vendor " + code + " (" + code + "), lead ");
    work("paula", nda, Map.of("ndaReceived", true));
    runAllJobs(instanceId);
    assertThat(jdbc.queryForObject("select nda_on_file from vendor where id = ?", Boolean.class, vendorId)).isTrue();
    assertThat(members("wiki-readers")).contains("uid=" + code + "-gina," + PEOPLE);

    Map<String, Object> bad = Map.of("variables", Map.of(
        "vendorId", Map.of("value", registerVendor(uniqueCode(), true, LocalDate.now().plusMonths(1)), "type", "Long"),
        "members", Map.of("value", members.replace("wiki", "nosuch"))));
    ResponseEntity<Map> refused = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/vendor-onboarding/start", bad, Map.class);
    // a start refused by its listener is the caller's mistake: 400 with the reason in the person's
    // terms (the line they typed), without the engine's wrapping
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).startsWith("Members, line 2: ").contains("system is not a system in the catalogue")
        .doesNotContain("ENGINE-", "TaskListener", "vendor-onboarding:");

    // Tasklist's start dialog submits the form: an unknown vendor and a bad member line are refused
    // with the field and the rule, and nothing else
    Map<String, Object> unknownVendor = Map.of("variables", Map.of(
        "vendorId", Map.of("value", 987654321L, "type", "Long"), "members", Map.of("value", members)));
    ResponseEntity<Map> noVendor = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/vendor-onboarding/submit-form", unknownVendor, Map.class);
    assertThat(noVendor.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) noVendor.getBody().get("message")).isEqualTo(
        "Vendor number: there is no vendor with number 987654321; the PMO registers a vendor before onboarding it");
    Map<String, Object> badEmail = Map.of("variables", Map.of(
        "vendorId", Map.of("value", registerVendor(uniqueCode(), true, LocalDate.now().plusMonths(1)), "type", "Long"),
        "members", Map.of("value", "Hal Hill | not-an-address | Tester | employee | wiki | reader | Reads the specs")));
    ResponseEntity<Map> badLine = Api.as(http, "paula").postForEntity(
        "/engine-rest/process-definition/key/vendor-onboarding/submit-form", badEmail, Map.class);
    assertThat(badLine.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) badLine.getBody().get("message")).isEqualTo("Members, line 1: e-mail must be an e-mail address")
        .doesNotContain("ENGINE-", "invalid fields", "vendor-onboarding:");
  }

  @Test
  void reconciliationFindsAPlantedOrphanAccount() throws Exception {
    String orphan = "orphan-" + uniqueCode();
    ldap.add("dn: uid=" + orphan + "," + PEOPLE, "objectClass: inetOrgPerson", "uid: " + orphan,
        "cn: Left Over", "sn: Over", "mail: " + orphan + "@old.example", "employeeType: vendor");
    String unmarked = "handmade-" + uniqueCode();
    ldap.add("dn: uid=" + unmarked + "," + PEOPLE, "objectClass: inetOrgPerson", "uid: " + unmarked,
        "cn: Hand Made", "sn: Made", "mail: " + unmarked + "@old.example");
    ResponseEntity<Map> started = Api.as(http, "sam").postForEntity("/api/access-reconciliations", null, Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instanceId = (String) started.getBody().get("processInstanceId");
    Jobs.runAll(management, instanceId);

    Task review = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(AccessReconciliationElements.TASK_REVIEW_ORPHANS);
    assertThat(tasks.getIdentityLinksForTask(review.getId())).anyMatch(l -> "security".equals(l.getGroupId()));
    assertThat((String) runtime.getVariable(instanceId, "orphanReport")).contains("account " + orphan)
        .contains("account " + unmarked + " (" + unmarked + "@old.example) in the vendor accounts' tree lacks the vendor marker")
        .doesNotContain("account sam ");
  }

  @Test
  void badInputIsRefusedWith400AndStartsNothing() {
    String code = uniqueCode();
    long vendorId = registerVendor(code, true, LocalDate.now().plusMonths(2));
    String otherCode = uniqueCode();
    long otherVendor = registerVendor(otherCode, true, LocalDate.now().plusMonths(2));
    String taken = "taken@" + otherCode + ".example";
    startOnboarding(otherVendor, member("Tom Taken", taken, "EMPLOYEE", access("wiki", "reader")));

    assertInvalid(vendorId, member("Ann", "ann@" + code + ".example", "EMPLOYEE", access("nosuch", "reader")), "members[0].access[0].system");
    assertInvalid(vendorId, member("Ann", "ann@" + code + ".example", "EMPLOYEE", access("wiki", "nosuch")), "members[0].access[0].role");
    assertInvalid(vendorId, member("Ann", "", "EMPLOYEE", access("wiki", "reader")), "members[0].email");
    assertInvalid(vendorId, member("Tom", taken, "EMPLOYEE", access("wiki", "reader")), "members[0].email");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from vendor_member where vendor_id = ?", Long.class, vendorId)).isZero();

    Map<String, Object> backwards = vendor(uniqueCode(), true, LocalDate.now().plusMonths(1));
    backwards.put("contractEnd", LocalDate.now().minusDays(1).toString());
    ResponseEntity<Map> refused = Api.as(http, "paula").postForEntity("/api/vendors", backwards, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("contractEnd");
  }

  @Test
  void onlyThePmoRegistersVendorsAndAnonymousCallsAreRefused() {
    Map<String, Object> request = vendor(uniqueCode(), true, LocalDate.now().plusMonths(1));
    assertThat(http.postForEntity("/api/vendors", request, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(Api.as(http, "victor").postForEntity("/api/vendors", request, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "sam").postForEntity("/api/vendors", request, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "paula").getForEntity("/api/systems", List.class).getBody()).hasSizeGreaterThanOrEqualTo(6);

    long vendorId = registerVendor(uniqueCode(), true, LocalDate.now().plusMonths(1));
    assertThat(Api.as(http, "victor").getForEntity("/api/vendors/" + vendorId + "/access", Map.class).getStatusCode())
        .as("another vendor's staff").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "sam").getForEntity("/api/vendors/" + vendorId + "/access", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    String system = "crm" + uniqueCode();
    Map<String, Object> crm = new java.util.HashMap<>(Map.of("code", system, "name", "CRM", "sensitivity", "MEDIUM",
        "roles", List.of(Map.of("code", "user", "name", "User", "accessLevel", "WRITE", "directoryGroup", system + "-users"))));
    assertThat(Api.as(http, "paula").postForEntity("/api/systems", crm, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(http, "sam").postForEntity("/api/systems", crm, Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    crm.put("sensitivity", "HIGH");
    ResponseEntity<Map> changed = Api.as(http, "sam").exchange("/api/systems/" + system, HttpMethod.PUT, new HttpEntity<>(crm), Map.class);
    assertThat(changed.getBody()).containsEntry("sensitivity", "HIGH");
  }

  // --- helpers

  private void assertInvalid(long vendorId, Map<String, Object> member, String field) {
    ResponseEntity<Map> response = Api.as(http, "paula").postForEntity("/api/vendors/" + vendorId + "/onboarding",
        Map.of("members", List.of(member)), Map.class);
    assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field")).contains(field);
  }

  private long registerVendor(String code, boolean nda, LocalDate end) {
    return Vendors.register(http, vendor(code, nda, end));
  }

  private Map<String, Object> vendor(String code, boolean nda, LocalDate end) {
    return Vendors.registration(code, nda, end);
  }

  private String startOnboarding(long vendorId, Map<String, Object>... members) {
    return Vendors.startOnboarding(http, vendorId, members);
  }

  @SafeVarargs
  private static Map<String, Object> member(String name, String email, String type, Map<String, String>... access) {
    return Vendors.member(name, email, "Developer", type, access);
  }

  private static Map<String, String> access(String system, String role) {
    return Vendors.access(system, role, "Works on the project");
  }

  private static String uniqueCode() {
    return "v" + ThreadLocalRandom.current().nextInt(100000, 999999);
  }

  private List<String> members(String group) throws Exception {
    Entry entry = ldap.getEntry("cn=" + group + "," + GROUPS);
    return entry == null || entry.getAttributeValues("member") == null ? List.of() : List.of(entry.getAttributeValues("member"));
  }

  private List<String> children(String instanceId) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(instanceId).list().stream()
        .map(ProcessInstance::getId).toList();
  }

  /** Runs the due jobs of the vendor's instance and of every member instance it called. */
  private void runAllJobs(String instanceId) {
    Jobs.runAllWithCalled(management, runtime, instanceId);
  }

  private void fireTimer(String instanceId, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(instanceId).activityId(activityId).timers().singleResult();
    assertThat(timer).as(activityId).isNotNull();
    management.executeJob(timer.getId());
  }

  private void waitUntilSent(String to) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)
        && jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and status <> 'SENT'", Long.class, to) > 0) {
      Thread.sleep(100);
    }
  }

  private void runJob(String jobId) {
    try {
      management.executeJob(jobId);
    } catch (RuntimeException expected) {
      // recorded on the job, as the job executor would
    }
  }

  private ResponseEntity<String> activate(String token, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("token", token);
    form.add("password", password);
    return http.postForEntity("/activation", new HttpEntity<>(form, headers), String.class);
  }

  private String activationToken(String to) {
    return Vendors.activationToken(greenMail, to);
  }

  private String waitForMail(String to, String subject) {
    return Mailbox.body(Mailbox.awaitMail(greenMail, to, subject));
  }

  /** Claims and completes the task as the user, after trying the attacks an ordinary login could. */
  void work(String user, Task task, Map<String, Object> answers) {
    new TaskAttacks(http, tasks, runtime, identity).work(user, task, answers);
  }

  private static String fullWidth(String ascii) {
    StringBuilder wide = new StringBuilder();
    ascii.chars().forEach(c -> wide.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
    return wide.toString();
  }
}

package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.pmoflow.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of vendor-onboarding and vendor-member-onboarding, with the real access-approval table. */
@Deployment(
    resources = {
      "processes/vendor-onboarding.bpmn",
      "processes/vendor-member-onboarding.bpmn",
      "processes/access-approval.dmn",
      "forms/vendor-onboarding-start.form",
      "forms/vendor-collect-nda.form",
      "forms/access-security-approval.form",
      "forms/access-fallback-approval.form",
      "forms/access-pm-approval.form",
      "forms/access-fix-provisioning.form"
    })
class VendorOnboardingProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestEngine.withCoverage();

  RuntimeService runtime;
  TaskService tasks;
  ManagementService management;

  /** grant id -> {sensitivity, access level, member type} as the look-up step would find them */
  final Map<Long, String[]> facts = new HashMap<>();
  /** member id -> its open requests */
  final Map<Long, List<Long>> requestsOf = new HashMap<>();
  /** grant id -> route the decision table chose */
  final Map<Long, String> routes = new HashMap<>();
  /** member id -> the grants the test treats as approved when collecting */
  final Map<Long, List<Long>> approvedOf = new HashMap<>();

  final Map<String, JavaDelegate> delegates = new HashMap<>();
  final TaskListener decisionListener = mock(TaskListener.class);
  final AccessDecisions decisions = mock(AccessDecisions.class);
  final OnboardingSettings settings = new OnboardingSettings(null, null, null, null, null, null, null);

  @BeforeEach
  void registerDelegates() {
    ProcessEngine engine = extension.getProcessEngine();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    for (String name :
        List.of(
            "recordNdaDelegate", "sendAccessSummaryDelegate", "contractEndReminderDelegate",
            "moveExpiryDelegate", "disableVendorAccessDelegate", "deleteVendorAccountsDelegate",
            "removeMemberAccessDelegate", "createAccountDelegate", "grantAccessDelegate",
            "removeAccountDelegate", "recordFailedProvisioningDelegate",
            "sendActivationDelegate", "taskReminderDelegate")) {
      JavaDelegate delegate = mock(JavaDelegate.class);
      delegates.put(name, delegate);
      Mocks.register(name, delegate);
    }
    register("planContractTimersDelegate", ex -> {
      ex.setVariable("contractEndsAt", inDays(90));
      ex.setVariable("firstReminderAt", inDays(60));
      ex.setVariable("lastReminderAt", inDays(83));
    });
    register("loadAccessRequestsDelegate",
        ex -> ex.setVariable("grantIds", new ArrayList<>(requestsOf.get(id(ex, "memberId")))));
    register("lookUpAccessRequestDelegate", ex -> {
      String[] f = facts.get(id(ex, "grantId"));
      ex.setVariable("sensitivity", f[0]);
      ex.setVariable("accessLevel", f[1]);
      ex.setVariable("memberType", f[2]);
      ex.setVariable("requestSummary", "Ann asks for grant " + id(ex, "grantId"));
    });
    register("recordAccessRouteDelegate",
        ex -> routes.put(id(ex, "grantId"), (String) ex.getVariable("approvalRoute")));
    register("collectApprovedAccessDelegate",
        ex -> ex.setVariable("approvedGrantIds", new ArrayList<>(approvedOf.getOrDefault(id(ex, "memberId"), List.of()))));
    Mocks.register("accessDecisionListener", decisionListener);
    // the route and the sponsor as the grant and the vendor record have them
    when(decisions.routeOf(anyLong())).thenAnswer(call -> routes.get(call.<Long>getArgument(0)));
    when(decisions.sponsorOf(anyLong())).thenReturn("peter");
    Mocks.register("accessApprovers", new AccessApprovers(decisions, settings));
    Mocks.register("onboardingStartFormListener", mock(ExecutionListener.class));
    Mocks.register("memberMessageListener", new MemberMessageListener());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void allAutoApprovedAccessIsProvisionedAndTheContractRuns() throws Exception {
    member(10L, grant(100L, "LOW", "WRITE", "EMPLOYEE"), grant(101L, "MEDIUM", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L, 101L));

    ProcessInstance instance = start(true, 10L);
    runJobs();

    assertThat(routes).containsEntry(100L, "AUTO").containsEntry(101L, "AUTO");
    assertThat(tasks.createTaskQuery().count()).isZero();
    verifyCalled("createAccountDelegate", 1);
    verifyCalled("grantAccessDelegate", 2);
    verifyCalled("sendActivationDelegate", 1);
    verifyCalled("sendAccessSummaryDelegate", 1);
    verifyCalled("recordNdaDelegate", 0);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void securityApprovesOneRequestAndRejectsAnother() throws Exception {
    member(10L, grant(100L, "HIGH", "READ", "EMPLOYEE"), grant(101L, "MEDIUM", "WRITE", "SUBCONTRACTOR"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);

    assertThat(routes).containsEntry(100L, "SECURITY").containsEntry(101L, "SECURITY");
    List<Task> approvals = tasks.createTaskQuery().taskDefinitionKey("Task_SecurityApproval").list();
    assertThat(approvals).hasSize(2);
    assertThat(candidateGroups(approvals.get(0))).containsExactly("security");
    // as the approval form submits: the visible reason field, and "reason" computed from it
    tasks.complete(approvals.get(0).getId(), Map.of("approved", true, "approvalReason", "Vetted", "reason", "Vetted"));
    assertThat(tasks.getVariable(approvals.get(1).getId(), "approvalReason")).as("local to each request").isNull();
    tasks.complete(approvals.get(1).getId(), Map.of("approved", "false",
        "rejectionReason", "Subcontractor not vetted", "reason", "Subcontractor not vetted"));
    verify(decisionListener, times(2)).notify(any());

    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_PmApproval").count()).isZero();
    runJobs();
    verifyCalled("grantAccessDelegate", 1);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void criticalAccessNeedsSecurityAndThenThePm() throws Exception {
    member(10L, grant(100L, "CRITICAL", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);

    assertThat(routes).containsEntry(100L, "SECURITY_AND_PM");
    complete("Task_SecurityApproval", Map.of("approved", true, "approvalReason", "Vetted", "reason", "Vetted"));
    Task pm = tasks.createTaskQuery().taskDefinitionKey("Task_PmApproval").singleResult();
    assertThat(tasks.getVariable(pm.getId(), "approvalReason")).as("security's field is not the PM's").isNull();
    assertThat(pm.getAssignee()).as("the vendor's sponsor, from the vendor record").isEqualTo("peter");
    assertThat(candidateGroups(pm)).as("no group widens the sponsor's task").isEmpty();
    tasks.complete(pm.getId(), Map.of("approved", true, "reason", "The project needs it"));
    runJobs();
    verifyCalled("createAccountDelegate", 1);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void aRouteSentWithSecuritysApprovalDoesNotSkipThePm() throws Exception {
    member(10L, grant(100L, "CRITICAL", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    start(true, 10L);
    complete("Task_SecurityApproval", Map.of("approved", true, "reason", "Vetted", "approvalRoute", "SECURITY"));
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_PmApproval").singleResult())
        .as("the grant's recorded route still says SECURITY_AND_PM").isNotNull();
  }

  @Test
  void fallbackAndEscalationComeFromTheSettingsNotFromTheInstance() throws Exception {
    member(10L, grant(100L, "HIGH", "READ", "EMPLOYEE"));
    ProcessInstance instance = start(true, 10L);
    for (String name : List.of("fallbackApproverGroup", "approvalEscalationAfter", "sponsor")) {
      assertThat(runtime.getVariable(instance.getId(), name)).as(name + " is no process variable").isNull();
    }
    String sub = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult().getId();
    runtime.setVariable(sub, "fallbackApproverGroup", "pmo");
    runtime.setVariable(sub, "approvalEscalationAfter", "PT1S");
    var overdue = management.createJobQuery().activityId("Event_ApprovalOverdue").timers().singleResult();
    assertThat(overdue.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(4))));
    management.executeJob(overdue.getId());
    Task fallback = tasks.createTaskQuery().taskDefinitionKey("Task_FallbackApproval").singleResult();
    assertThat(candidateGroups(fallback)).containsExactly("pmo-admin");
  }

  @Test
  void everyRequestRejectedMeansNothingToProvision() throws Exception {
    member(10L, grant(100L, "CRITICAL", "READ", "EMPLOYEE"));
    ProcessInstance instance = start(true, 10L);
    complete("Task_SecurityApproval", Map.of("approved", false, "reason", "No production access for vendors"));

    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_PmApproval").count()).isZero();
    runJobs();
    verifyCalled("createAccountDelegate", 0);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void aMissingNdaIsCollectedByThePmoFirst() throws Exception {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(false, 10L);

    assertThat(instance).isWaitingAt("Task_CollectNda");
    assertThat(candidateGroups(tasks.createTaskQuery().singleResult())).containsExactly("pmo");
    verifyCalled("createAccountDelegate", 0);
    complete("Task_CollectNda", Map.of("ndaReceived", true));
    verifyCalled("recordNdaDelegate", 1);
    runJobs();
    verifyCalled("createAccountDelegate", 1);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void anOverdueApprovalRemindsThenEscalatesToTheFallbackApprover() throws Exception {
    member(10L, grant(100L, "HIGH", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);

    fire("Event_ApprovalReminderDue");
    verifyCalled("taskReminderDelegate", 1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_SecurityApproval").count()).isEqualTo(1);

    fire("Event_ApprovalOverdue");
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_SecurityApproval").count()).isZero();
    Task fallback = tasks.createTaskQuery().taskDefinitionKey("Task_FallbackApproval").singleResult();
    assertThat(candidateGroups(fallback)).containsExactly("pmo-admin");
    tasks.complete(fallback.getId(), Map.of("approved", true));
    runJobs();
    verifyCalled("createAccountDelegate", 1);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void aMemberAddedDuringTheContractIsOnboardedAndSummarised() throws Exception {
    ProcessInstance instance = running();
    member(11L, grant(110L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(11L, List.of(110L));

    runtime.createMessageCorrelation("MemberAdded").processInstanceId(instance.getId())
        .setVariableLocal("memberId", 11L).correlateWithResult();
    runJobs();

    verifyCalled("createAccountDelegate", 2);
    verifyCalled("sendAccessSummaryDelegate", 2);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
    assertThat(runtime.getVariable(instance.getId(), "memberId")).isNull();
  }

  @Test
  void aRemovedMemberLosesAccessAtOnce() throws Exception {
    ProcessInstance instance = running();
    runtime.createMessageCorrelation("MemberRemoved").processInstanceId(instance.getId())
        .setVariableLocal("memberId", 10L).correlateWithResult();
    List<Long> removed = new ArrayList<>();
    doAnswer(inv -> removed.add(id(inv.getArgument(0), "memberId"))).when(delegates.get("removeMemberAccessDelegate")).execute(any());
    runJobs();
    assertThat(removed).containsExactly(10L);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void anExtendedContractMovesExpiryAndTimers() throws Exception {
    ProcessInstance instance = running();
    runtime.createMessageCorrelation("ContractExtended").processInstanceId(instance.getId()).correlateWithResult();
    runJobs();
    verifyCalled("moveExpiryDelegate", 1);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().count()).isEqualTo(3);
  }

  @Test
  void thePmIsRemindedTwiceBeforeTheContractEnds() throws Exception {
    ProcessInstance instance = running();
    fire("Event_FirstReminderDue");
    fire("Event_LastReminderDue");
    verifyCalled("contractEndReminderDelegate", 2);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void atContractEndAccountsAreDisabledThenDeletedAfterTheGracePeriod() throws Exception {
    ProcessInstance instance = running();
    fire("Event_ContractEnds");
    runJobs();
    verifyCalled("disableVendorAccessDelegate", 1);
    verifyCalled("deleteVendorAccountsDelegate", 0);
    assertThat(instance).isWaitingAt("Event_GracePeriodOver");

    fire("Event_GracePeriodOver");
    runJobs();
    verifyCalled("deleteVendorAccountsDelegate", 1);
    assertThat(instance).isEnded().hasPassed("Event_VendorAccessClosed");
  }

  @Test
  void aDirectoryOutageIsRetriedThenAnIncidentWhoseRetrySucceeds() throws Exception {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);
    JavaDelegate createAccount = delegates.get("createAccountDelegate");
    doThrow(new IllegalStateException("Directory unavailable")).when(createAccount).execute(any());

    Job job = management.createJobQuery().activityId("Task_CreateAccount").singleResult();
    assertThat(job.getRetries()).isEqualTo(5);
    runJob(job);
    job = management.createJobQuery().activityId("Task_CreateAccount").singleResult();
    assertThat(job.getRetries()).isEqualTo(4);
    assertThat(job.getExceptionMessage()).contains("Directory unavailable");
    management.setJobRetries(job.getId(), 1);
    runJob(job);
    job = management.createJobQuery().activityId("Task_CreateAccount").singleResult();
    assertThat(job.getRetries()).isZero();
    // the incident, and its echo on the calling instance (Cockpit shows both)
    assertThat(runtime.createIncidentQuery().activityId("Task_CreateAccount").count()).isEqualTo(1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

    // the directory is back; the operator retries the incident in Cockpit
    org.mockito.Mockito.reset(createAccount);
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());
    runJobs();
    assertThat(runtime.createIncidentQuery().count()).isZero();
    verifyCalled("grantAccessDelegate", 1);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void aPermanentRefusalUndoesTheMembersProvisioningAndThePmoGivesUp() throws Exception {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);
    doThrow(new BpmnError("DIRECTORY_REJECTED", "no such group"))
        .when(delegates.get("grantAccessDelegate")).execute(any());
    runJobs();

    verifyCalled("removeAccountDelegate", 1);
    Task fix = tasks.createTaskQuery().taskDefinitionKey("Task_FixProvisioning").singleResult();
    assertThat(candidateGroups(fix)).containsExactly("pmo");
    verifyCalled("sendActivationDelegate", 0);
    tasks.complete(fix.getId(), Map.of("provisioningAction", "giveUp"));
    verifyCalled("recordFailedProvisioningDelegate", 1);
    runJobs();
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void afterARefusedAccountThePmoFixesTheCauseAndTriesAgain() throws Exception {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"), grant(101L, "LOW", "WRITE", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L, 101L));
    ProcessInstance instance = start(true, 10L);
    JavaDelegate createAccount = delegates.get("createAccountDelegate");
    doThrow(new BpmnError("DIRECTORY_REJECTED", "invalid name")).when(createAccount).execute(any());
    runJobs();

    verifyCalled("removeAccountDelegate", 0);
    org.mockito.Mockito.reset(createAccount);
    complete("Task_FixProvisioning", Map.of("provisioningAction", "retry"));
    runJobs();
    verifyCalled("grantAccessDelegate", 2);
    verifyCalled("sendActivationDelegate", 1);
    assertThat(instance).isWaitingAt("Event_ContractEnds");
  }

  @Test
  void aRefusedSecondGroupCompensatesTheFirstGroupAndTheAccount() throws Exception {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"), grant(101L, "LOW", "WRITE", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L, 101L));
    start(true, 10L);
    doAnswer(inv -> {
      if (id(inv.getArgument(0), "grantId") == 101L) {
        throw new BpmnError("DIRECTORY_REJECTED", "no such group");
      }
      return null;
    }).when(delegates.get("grantAccessDelegate")).execute(any());
    runJobs();

    // the account's removal takes it out of every group, the one added before the refusal too
    verifyCalled("removeAccountDelegate", 1);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_FixProvisioning").count()).isEqualTo(1);
  }

  // --- helpers

  private ProcessInstance running() {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);
    runJobs();
    assertThat(instance).isWaitingAt("Event_ContractEnds");
    return instance;
  }

  private ProcessInstance start(boolean ndaOnFile, Long... memberIds) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("vendorId", 1L);
    variables.put("memberIds", new ArrayList<>(List.of(memberIds)));
    variables.put("ndaOnFile", ndaOnFile);
    variables.put("deletionGracePeriod", "P30D");
    return runtime.startProcessInstanceByKey("vendor-onboarding", "acme", variables);
  }

  private void member(long memberId, long... grantIds) {
    List<Long> ids = new ArrayList<>();
    for (long grantId : grantIds) {
      ids.add(grantId);
    }
    requestsOf.put(memberId, ids);
  }

  private long grant(long grantId, String sensitivity, String level, String memberType) {
    facts.put(grantId, new String[] {sensitivity, level, memberType});
    return grantId;
  }

  private void register(String name, JavaDelegate behaviour) {
    JavaDelegate delegate = mock(JavaDelegate.class);
    try {
      doAnswer(inv -> {
        behaviour.execute(inv.getArgument(0));
        return null;
      }).when(delegate).execute(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    delegates.put(name, delegate);
    Mocks.register(name, delegate);
  }

  private void verifyCalled(String delegate, int times) {
    try {
      if (times == 0) {
        verify(delegates.get(delegate), never()).execute(any());
      } else {
        verify(delegates.get(delegate), times(times)).execute(any());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    tasks.complete(task.getId(), variables);
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private void fire(String timerActivityId) {
    Job timer = management.createJobQuery().activityId(timerActivityId).timers().singleResult();
    assertThat(timer).as(timerActivityId).isNotNull();
    management.executeJob(timer.getId());
  }

  private void runJob(Job job) {
    try {
      management.executeJob(job.getId());
    } catch (RuntimeException expected) {
      // recorded on the job, as the job executor would
    }
  }

  /** Runs every due job (async steps), as the job executor would. */
  private void runJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(this::runJob);
    }
  }

  private static long id(DelegateExecution execution, String name) {
    return ((Number) execution.getVariable(name)).longValue();
  }

  private static java.util.Date inDays(int days) {
    return java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(days)));
  }
}

package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.MemberOnboardingElements.EVENT_APPROVAL_OVERDUE;
import static io.pmoflow.onboarding.MemberOnboardingElements.EVENT_APPROVAL_REMINDER_DUE;
import static io.pmoflow.onboarding.MemberOnboardingElements.EVENT_MEMBER_TO_ONBOARD;
import static io.pmoflow.onboarding.MemberOnboardingElements.TASK_CREATE_ACCOUNT;
import static io.pmoflow.onboarding.MemberOnboardingElements.TASK_FALLBACK_APPROVAL;
import static io.pmoflow.onboarding.MemberOnboardingElements.TASK_FIX_PROVISIONING;
import static io.pmoflow.onboarding.MemberOnboardingElements.TASK_PM_APPROVAL;
import static io.pmoflow.onboarding.MemberOnboardingElements.TASK_SECURITY_APPROVAL;
import static io.pmoflow.onboarding.VendorOnboardingElements.EVENT_CONTRACT_ENDS;
import static io.pmoflow.onboarding.VendorOnboardingElements.EVENT_FIRST_REMINDER_DUE;
import static io.pmoflow.onboarding.VendorOnboardingElements.EVENT_GRACE_PERIOD_OVER;
import static io.pmoflow.onboarding.VendorOnboardingElements.EVENT_LAST_REMINDER_DUE;
import static io.pmoflow.onboarding.VendorOnboardingElements.EVENT_VENDOR_ACCESS_CLOSED;
import static io.pmoflow.onboarding.VendorOnboardingElements.TASK_COLLECT_NDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pmoflow.directory.DirectoryRejectedException;
import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.onboarding.AccessLevel;
import io.pmoflow.onboarding.AccessProvisioning;
import io.pmoflow.onboarding.AccessRoute;
import io.pmoflow.onboarding.AccessRouting;
import io.pmoflow.onboarding.MemberType;
import io.pmoflow.onboarding.Sensitivity;
import io.pmoflow.onboarding.OnboardingSettings;
import io.pmoflow.onboarding.VendorContract;
import io.pmoflow.onboarding.VendorOnboardingVariables;
import io.pmoflow.onboarding.VendorService;
import io.pmoflow.support.ProcessDriver;
import io.pmoflow.support.ProcessTestEngine;
import jakarta.validation.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of vendor-onboarding and vendor-member-onboarding, with the real delegates and
 * listeners over mocks of the onboarding steps. Each request is routed by the real access-approval
 * table as deployed here, as the application does when the request is made; the member's case
 * then asks people for the requests the table did not approve.
 */
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
  ProcessDriver driver;

  /** member id -> its open requests */
  final Map<Long, List<Long>> requestsOf = new HashMap<>();
  /** grant id -> route the decision table chose when the request was made */
  final Map<Long, String> routes = new HashMap<>();
  AccessRouting routing;
  /** member id -> the grants the test treats as approved when collecting */
  final Map<Long, List<Long>> approvedOf = new HashMap<>();

  final AccessDecisions decisions = mock(AccessDecisions.class);
  final AccessProvisioning provisioning = mock(AccessProvisioning.class);
  final VendorContract contract = mock(VendorContract.class);
  final VendorService vendors = mock(VendorService.class);
  /** the shared "Remind security" step belongs to the task-reminder feature */
  final JavaDelegate taskReminder = mock(JavaDelegate.class);
  final OnboardingSettings settings = new OnboardingSettings(null, null, null, null, null, null, null);

  @BeforeEach
  void registerDelegates() {
    ProcessEngine engine = extension.getProcessEngine();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    driver = new ProcessDriver(engine);
    routing = new AccessRouting(engine);

    Mocks.register("onboardingStartFormListener",
        new OnboardingStartFormListener(vendors, Validation.buildDefaultValidatorFactory().getValidator()));
    Mocks.register("memberMessageListener", new MemberMessageListener());
    Mocks.register("recordNdaDelegate", new RecordNdaDelegate(vendors));
    Mocks.register("collectNdaTaskListener", new CollectNdaTaskListener(vendors));
    Mocks.register("sendAccessSummaryDelegate", new SendAccessSummaryDelegate(contract));
    Mocks.register("vendorContract", contract);
    Mocks.register("contractEndReminderDelegate", new ContractEndReminderDelegate(contract));
    Mocks.register("moveExpiryDelegate", new MoveExpiryDelegate(provisioning));
    Mocks.register("disableVendorAccessDelegate", new DisableVendorAccessDelegate(provisioning));
    Mocks.register("deleteVendorAccountsDelegate", new DeleteVendorAccountsDelegate(provisioning));
    Mocks.register("removeMemberAccessDelegate", new RemoveMemberAccessDelegate(provisioning));
    Mocks.register("loadAccessRequestsDelegate", new LoadAccessRequestsDelegate(decisions, routing));
    Mocks.register("accessDecisions", decisions);
    Mocks.register("securityApprovalTaskListener", new SecurityApprovalTaskListener(decisions));
    Mocks.register("pmApprovalTaskListener", new PmApprovalTaskListener(decisions));
    Mocks.register("accessApprovers", new AccessApprovers(decisions, settings));
    Mocks.register("taskReminderDelegate", taskReminder);
    Mocks.register("collectApprovedAccessDelegate", new CollectApprovedAccessDelegate(provisioning));
    Mocks.register("createAccountDelegate", new CreateAccountDelegate(provisioning));
    Mocks.register("grantAccessDelegate", new GrantAccessDelegate(provisioning));
    Mocks.register("sendActivationDelegate", new SendActivationDelegate(provisioning));
    Mocks.register("removeAccountDelegate", new RemoveAccountDelegate(provisioning));
    Mocks.register("fixProvisioningTaskListener", new FixProvisioningTaskListener(provisioning));
    Mocks.register("recordFailedProvisioningDelegate", new RecordFailedProvisioningDelegate(provisioning));

    // the timers read the contract's dates from the vendor record when they are set
    when(contract.endsAt(anyLong())).thenReturn(inDays(90));
    when(contract.firstReminderAt(anyLong())).thenReturn(inDays(60));
    when(contract.lastReminderAt(anyLong())).thenReturn(inDays(83));
    when(contract.deletionGracePeriod()).thenReturn("P30D");
    when(decisions.openRequests(anyLong())).thenAnswer(call -> requestsOf.get(call.<Long>getArgument(0)));
    when(decisions.routeOf(anyLong())).thenAnswer(call -> routes.get(call.<Long>getArgument(0)));
    when(decisions.decideAsSecurity(anyLong(), anyBoolean(), any(), anyString())).thenAnswer(call ->
        call.<Boolean>getArgument(1) && VendorOnboardingVariables.SECURITY_AND_PM.equals(routes.get(call.<Long>getArgument(0))));
    when(decisions.caseOf(anyLong())).thenAnswer(call -> "Ann Archer \u2192 grant " + call.getArgument(0) + " (Acme)");
    when(decisions.sponsorOf(anyLong())).thenReturn("peter");
    when(decisions.memberCase(anyLong())).thenAnswer(call ->
        new AccessDecisions.MemberCase("acme/member-" + call.getArgument(0) + "@acme.example", "Member " + call.getArgument(0) + " (Acme)"));
    when(provisioning.approvedToProvision(anyLong()))
        .thenAnswer(call -> approvedOf.getOrDefault(call.<Long>getArgument(0), List.of()));
    // as the service does: each approved grant in turn, a refusal stops the rest
    doAnswer(call -> {
      for (long grantId : approvedOf.getOrDefault(call.<Long>getArgument(0), List.of())) {
        provisioning.grantAccess(grantId);
      }
      return null;
    }).when(provisioning).grantApprovedAccess(anyLong());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void theStartKeepsTheVendorsOwnValuesAndWritesEachVariableOnceWhenTheStartBroughtThem() {
    member(10L, grant(100L, "LOW", "WRITE", "EMPLOYEE"));
    Map<String, Object> computed = new HashMap<>(Map.of("vendorId", 1L, "memberIds", new ArrayList<>(List.of(10L)),
        "ndaOnFile", false, "vendorCase", "Acme (C-1)"));
    when(vendors.checkedStartVariables(eq(1L), any())).thenReturn(computed);

    // the start claims the NDA is on file; the vendor record says it is not
    ProcessInstance instance = start(true, 10L);

    assertThat(runtime.getVariable(instance.getId(), "ndaOnFile")).isEqualTo(false);
    Map<String, Long> updates = new HashMap<>();
    extension.getProcessEngine().getHistoryService().createHistoricDetailQuery().variableUpdates()
        .processInstanceId(instance.getId()).list()
        .forEach(detail -> updates.merge(((HistoricVariableUpdate) detail).getVariableName(), 1L, Long::sum));
    assertThat(updates).containsEntry("ndaOnFile", 2L).containsEntry("vendorId", 1L)
        .containsEntry("memberIds", 1L).containsEntry("vendorCase", 1L);
  }

  @Test
  void allAutoApprovedAccessIsProvisionedAndTheContractRuns() {
    member(10L, grant(100L, "LOW", "WRITE", "EMPLOYEE"), grant(101L, "MEDIUM", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L, 101L));

    ProcessInstance instance = start(true, 10L);
    driver.runToNextWaitState(instance);

    assertThat(routes).containsEntry(100L, "AUTO").containsEntry(101L, "AUTO");
    assertThat(tasks.createTaskQuery().count()).isZero();
    verify(provisioning).createAccount(10L);
    verify(provisioning).grantAccess(100L);
    verify(provisioning).grantAccess(101L);
    verify(provisioning).sendActivation(10L);
    verify(contract).sendAccessSummary(1L, null);
    verify(vendors, never()).recordNda(anyLong());
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void securityApprovesOneRequestAndRejectsAnother() {
    member(10L, grant(100L, "HIGH", "READ", "EMPLOYEE"), grant(101L, "MEDIUM", "WRITE", "SUBCONTRACTOR"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);

    assertThat(routes).containsEntry(100L, "SECURITY").containsEntry(101L, "SECURITY");
    List<Task> approvals = tasks.createTaskQuery().taskDefinitionKey(TASK_SECURITY_APPROVAL).list();
    assertThat(approvals).hasSize(2);
    assertThat(driver.candidateGroups(approvals.get(0))).containsExactly("security");
    // as the approval form submits: the visible reason field, and "reason" computed from it
    completeAs("sam", approvals.get(0), Map.of("approved", true, "approvalReason", "Vetted", "reason", "Vetted"));
    assertThat(tasks.getVariable(approvals.get(1).getId(), "approvalReason")).as("local to each request").isNull();
    completeAs("sam", approvals.get(1), Map.of("approved", "false",
        "rejectionReason", "Subcontractor not vetted", "reason", "Subcontractor not vetted"));
    verify(decisions).decideAsSecurity(100L, true, "Vetted", "sam");
    verify(decisions).decideAsSecurity(101L, false, "Subcontractor not vetted", "sam");

    assertThat(tasks.createTaskQuery().taskDefinitionKey(TASK_PM_APPROVAL).count()).isZero();
    driver.runToNextWaitState(instance);
    verify(provisioning, times(1)).grantAccess(anyLong());
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void criticalAccessNeedsSecurityAndThenThePm() {
    member(10L, grant(100L, "CRITICAL", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    when(decisions.shown(eq(100L), any())).thenReturn(new AccessDecisions.RequestShown(
        "Ann Archer", "Acme", "prod-logs / reader", "Reads the logs", "Critical system: security and the PM approve",
        "Approved by sam: Vetted"));
    ProcessInstance instance = start(true, 10L);

    assertThat(routes).containsEntry(100L, "SECURITY_AND_PM");
    // each form shows the request above the decision, on the task itself
    Task security = driver.task(instance, TASK_SECURITY_APPROVAL);
    assertThat(security.getName()).isEqualTo("Approve access (security): Ann Archer \u2192 grant 100 (Acme)");
    assertThat(tasks.getVariablesLocal(security.getId())).containsEntry("shownMember", "Ann Archer")
        .containsEntry("shownJustification", "Reads the logs").doesNotContainKey("shownSecurityDecision")
        // the routing rule in both languages (RuleTexts)
        .containsEntry("shownRule", "Critical system: security and the PM approve")
        .containsEntry("shownRule@ja", "機密度「最重要」のシステム：セキュリティと PM が承認");
    driver.completeAs("sam", instance, TASK_SECURITY_APPROVAL,
        Map.of("approved", true, "approvalReason", "Vetted", "reason", "Vetted"));
    Task pm = driver.task(instance, TASK_PM_APPROVAL);
    assertThat(tasks.getVariable(pm.getId(), "approvalReason")).as("security's field is not the PM's").isNull();
    assertThat(pm.getAssignee()).as("the vendor's sponsor, from the vendor record").isEqualTo("peter");
    assertThat(driver.candidateGroups(pm)).as("no group widens the sponsor's task").isEmpty();
    assertThat(tasks.getVariableLocal(pm.getId(), "shownSecurityDecision")).isEqualTo("Approved by sam: Vetted");
    driver.completeAs("peter", instance, TASK_PM_APPROVAL, Map.of("approved", true, "reason", "The project needs it"));
    verify(decisions).decideAsPm(100L, true, "The project needs it", "peter");
    driver.runToNextWaitState(instance);
    verify(provisioning).createAccount(10L);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void aRouteSentWithSecuritysApprovalDoesNotSkipThePm() {
    member(10L, grant(100L, "CRITICAL", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);
    driver.completeAs("sam", instance, TASK_SECURITY_APPROVAL,
        Map.of("approved", true, "reason", "Vetted", "approvalRoute", "SECURITY", "pmApprovalNeeded", false));
    assertThat(driver.task(instance, TASK_PM_APPROVAL))
        .as("the grant's recorded route still says SECURITY_AND_PM").isNotNull();
  }

  @Test
  void fallbackAndEscalationComeFromTheSettingsNotFromTheInstance() {
    member(10L, grant(100L, "HIGH", "READ", "EMPLOYEE"));
    ProcessInstance instance = start(true, 10L);
    for (String name : List.of("fallbackApproverGroup", "approvalEscalationAfter", "sponsor")) {
      assertThat(runtime.getVariable(instance.getId(), name)).as(name + " is no process variable").isNull();
    }
    String sub = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult().getId();
    runtime.setVariable(sub, "fallbackApproverGroup", "pmo");
    runtime.setVariable(sub, "approvalEscalationAfter", "PT1S");
    Job overdue = driver.jobAt(instance, EVENT_APPROVAL_OVERDUE);
    assertThat(overdue.getDuedate()).isAfter(Date.from(Instant.now().plus(Duration.ofDays(4))));
    driver.fireTimer(instance, EVENT_APPROVAL_OVERDUE);
    assertThat(driver.candidateGroups(driver.task(instance, TASK_FALLBACK_APPROVAL))).containsExactly("pmo-admin");
  }

  @Test
  void everyRequestRejectedMeansNothingToProvision() {
    member(10L, grant(100L, "CRITICAL", "READ", "EMPLOYEE"));
    ProcessInstance instance = start(true, 10L);
    driver.completeAs("sam", instance, TASK_SECURITY_APPROVAL,
        Map.of("approved", false, "reason", "No production access for vendors"));

    assertThat(tasks.createTaskQuery().taskDefinitionKey(TASK_PM_APPROVAL).count()).isZero();
    driver.runToNextWaitState(instance);
    verify(provisioning).approvedToProvision(10L);
    verify(provisioning, never()).createAccount(anyLong());
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void aMissingNdaIsCollectedByThePmoFirst() {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(false, 10L);

    assertThat(instance).isWaitingAt(TASK_COLLECT_NDA);
    assertThat(driver.candidateGroups(driver.task(instance, TASK_COLLECT_NDA))).containsExactly("pmo");
    verify(provisioning, never()).createAccount(anyLong());
    driver.completeAs("paula", instance, TASK_COLLECT_NDA, Map.of("ndaReceived", true));
    verify(vendors).recordNda(1L);
    driver.runToNextWaitState(instance);
    verify(provisioning).createAccount(10L);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void anOverdueApprovalRemindsThenEscalatesToTheFallbackApprover() throws Exception {
    member(10L, grant(100L, "HIGH", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);

    driver.fireTimer(instance, EVENT_APPROVAL_REMINDER_DUE);
    verify(taskReminder).execute(any());
    assertThat(driver.task(instance, TASK_SECURITY_APPROVAL)).isNotNull();

    driver.fireTimer(instance, EVENT_APPROVAL_OVERDUE);
    assertThat(tasks.createTaskQuery().taskDefinitionKey(TASK_SECURITY_APPROVAL).count()).isZero();
    assertThat(driver.candidateGroups(driver.task(instance, TASK_FALLBACK_APPROVAL))).containsExactly("pmo-admin");
    driver.completeAs("demo", instance, TASK_FALLBACK_APPROVAL, Map.of("approved", true));
    verify(decisions).decideAsSecurity(100L, true, null, "demo");
    driver.runToNextWaitState(instance);
    verify(provisioning).createAccount(10L);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void aMemberAddedDuringTheContractIsOnboardedAndSummarised() {
    ProcessInstance instance = running();
    member(11L, grant(110L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(11L, List.of(110L));

    runtime.createMessageCorrelation(VendorOnboardingVariables.MEMBER_ADDED).processInstanceId(instance.getId())
        .setVariableLocal("memberId", 11L).correlateWithResult();
    driver.runToNextWaitState(instance);

    verify(provisioning).createAccount(11L);
    verify(contract).sendAccessSummary(1L, 11L);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
    assertThat(runtime.getVariable(instance.getId(), "memberId")).isNull();
  }

  @Test
  void aRemovedMemberLosesAccessAtOnce() {
    ProcessInstance instance = running();
    runtime.createMessageCorrelation(VendorOnboardingVariables.MEMBER_REMOVED).processInstanceId(instance.getId())
        .setVariableLocal("memberId", 10L).correlateWithResult();
    driver.runToNextWaitState(instance);
    verify(provisioning).removeMember(10L);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void anExtendedContractMovesExpiryAndTimers() {
    ProcessInstance instance = running();
    runtime.createMessageCorrelation(VendorOnboardingVariables.CONTRACT_EXTENDED).processInstanceId(instance.getId())
        .correlateWithResult();
    driver.runToNextWaitState(instance);
    verify(provisioning).moveExpiry(1L);
    verify(contract, times(2)).endsAt(1L);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().count()).isEqualTo(3);
  }

  @Test
  void thePmIsRemindedTwiceBeforeTheContractEnds() {
    ProcessInstance instance = running();
    driver.fireTimer(instance, EVENT_FIRST_REMINDER_DUE);
    driver.fireTimer(instance, EVENT_LAST_REMINDER_DUE);
    verify(contract, times(2)).remindOfEnd(1L);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void atContractEndAccountsAreDisabledThenDeletedAfterTheGracePeriod() {
    ProcessInstance instance = running();
    driver.fireTimer(instance, EVENT_CONTRACT_ENDS);
    driver.runToNextWaitState(instance);
    verify(provisioning).disableVendor(1L);
    verify(provisioning, never()).deleteVendorAccounts(anyLong());
    assertThat(instance).isWaitingAt(EVENT_GRACE_PERIOD_OVER);

    driver.fireTimer(instance, EVENT_GRACE_PERIOD_OVER);
    driver.runToNextWaitState(instance);
    verify(provisioning).deleteVendorAccounts(1L);
    assertThat(instance).isEnded().hasPassed(EVENT_VENDOR_ACCESS_CLOSED);
  }

  @Test
  void aDirectoryOutageIsRetriedThenAnIncidentWhoseRetrySucceeds() {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);
    doThrow(new IllegalStateException("Directory unavailable")).when(provisioning).createAccount(anyLong());

    Job job = driver.jobAt(instance, TASK_CREATE_ACCOUNT);
    assertThat(job.getRetries()).isEqualTo(5);
    runFailingJobAt(instance);
    job = driver.jobAt(instance, TASK_CREATE_ACCOUNT);
    assertThat(job.getRetries()).isEqualTo(4);
    assertThat(job.getExceptionMessage()).contains("Directory unavailable");
    management.setJobRetries(job.getId(), 1);
    runFailingJobAt(instance);
    job = driver.jobAt(instance, TASK_CREATE_ACCOUNT);
    assertThat(job.getRetries()).isZero();
    // the incident, and its echo on the calling instance (Cockpit shows both)
    assertThat(runtime.createIncidentQuery().activityId(TASK_CREATE_ACCOUNT).count()).isEqualTo(1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

    // the directory is back; the operator retries the incident in Cockpit
    doAnswer(call -> null).when(provisioning).createAccount(anyLong());
    management.setJobRetries(job.getId(), 1);
    driver.runJobAt(instance, TASK_CREATE_ACCOUNT);
    driver.runToNextWaitState(instance);
    assertThat(runtime.createIncidentQuery().count()).isZero();
    verify(provisioning).grantAccess(100L);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void aPermanentRefusalUndoesTheMembersProvisioningAndThePmoGivesUp() {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);
    doThrow(new DirectoryRejectedException("no such group", null)).when(provisioning).grantAccess(anyLong());
    driver.runToNextWaitState(instance);

    verify(provisioning).undoAccount(10L);
    Task fix = driver.task(instance, TASK_FIX_PROVISIONING);
    assertThat(driver.candidateGroups(fix)).containsExactly("pmo");
    verify(provisioning, never()).sendActivation(anyLong());
    driver.completeAs("paula", instance, TASK_FIX_PROVISIONING, Map.of("provisioningAction", "giveUp"));
    verify(provisioning).recordFailure(10L);
    driver.runToNextWaitState(instance);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void afterARefusedAccountThePmoFixesTheCauseAndTriesAgain() {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"), grant(101L, "LOW", "WRITE", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L, 101L));
    ProcessInstance instance = start(true, 10L);
    doThrow(new DirectoryRejectedException("invalid name", null)).when(provisioning).createAccount(anyLong());
    driver.runToNextWaitState(instance);

    verify(provisioning, never()).undoAccount(anyLong());
    doAnswer(call -> null).when(provisioning).createAccount(anyLong());
    driver.completeAs("paula", instance, TASK_FIX_PROVISIONING, Map.of("provisioningAction", "retry"));
    driver.runToNextWaitState(instance);
    verify(provisioning).grantAccess(100L);
    verify(provisioning).grantAccess(101L);
    verify(provisioning).sendActivation(10L);
    verify(provisioning, never()).recordFailure(anyLong());
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
  }

  @Test
  void aRefusedSecondGroupCompensatesTheFirstGroupAndTheAccount() {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"), grant(101L, "LOW", "WRITE", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L, 101L));
    ProcessInstance instance = start(true, 10L);
    doThrow(new DirectoryRejectedException("no such group", null)).when(provisioning).grantAccess(eq(101L));
    driver.runToNextWaitState(instance);

    // the account's removal takes it out of every group, the one added before the refusal too
    verify(provisioning).undoAccount(10L);
    assertThat(driver.task(instance, TASK_FIX_PROVISIONING)).isNotNull();
  }

  // --- helpers

  private ProcessInstance running() {
    member(10L, grant(100L, "LOW", "READ", "EMPLOYEE"));
    approvedOf.put(10L, List.of(100L));
    ProcessInstance instance = start(true, 10L);
    driver.runToNextWaitState(instance);
    assertThat(instance).isWaitingAt(EVENT_CONTRACT_ENDS);
    return instance;
  }

  /** Starts as the application does after its checks; the start listener asks the (mocked) vendor service. */
  private ProcessInstance start(boolean ndaOnFile, Long... memberIds) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("vendorId", 1L);
    variables.put("memberIds", new ArrayList<>(List.of(memberIds)));
    variables.put("ndaOnFile", ndaOnFile);
    variables.put("vendorCase", "Acme (C-1)");
    ProcessInstance instance = runtime.startProcessInstanceByKey(VendorOnboardingVariables.PROCESS_KEY, "acme", variables);
    // each member's case starts in a job of its own
    driver.runJobsAt(instance, EVENT_MEMBER_TO_ONBOARD);
    return instance;
  }

  /** The member's requests that people decide: those the table did not approve when they were made. */
  private void member(long memberId, long... grantIds) {
    List<Long> ids = new ArrayList<>();
    for (long grantId : grantIds) {
      if (!VendorOnboardingVariables.AUTO.equals(routes.get(grantId))) {
        ids.add(grantId);
      }
    }
    requestsOf.put(memberId, ids);
  }

  /** A request made: the deployed table routes it, as {@code VendorService} does in the request's transaction. */
  private long grant(long grantId, String sensitivity, String level, String memberType) {
    AccessRoute route = routing.table().route(
        Sensitivity.valueOf(sensitivity), AccessLevel.valueOf(level), MemberType.valueOf(memberType));
    routes.put(grantId, route.route());
    return grantId;
  }

  private void completeAs(String userId, Task task, Map<String, Object> answers) {
    extension.getProcessEngine().getIdentityService().setAuthenticatedUserId(userId);
    try {
      tasks.complete(task.getId(), answers);
    } finally {
      extension.getProcessEngine().getIdentityService().clearAuthentication();
    }
  }

  /** Runs the failing create-account job; the engine records the failure on the job. */
  private void runFailingJobAt(ProcessInstance instance) {
    try {
      driver.runJobAt(instance, TASK_CREATE_ACCOUNT);
    } catch (RuntimeException expected) {
      // recorded on the job, as the job executor would
    }
  }

  private static Date inDays(int days) {
    return Date.from(Instant.now().plus(Duration.ofDays(days)));
  }
}

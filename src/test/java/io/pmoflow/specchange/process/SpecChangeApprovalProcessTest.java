package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.*;
import static io.pmoflow.specchange.SpecChangeElements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.specchange.BoardBallot;
import io.pmoflow.specchange.ChangeRequestAnalysis;
import io.pmoflow.specchange.ChangeRequestAnalysis.Impact;
import io.pmoflow.specchange.RoutingFacts;
import io.pmoflow.specchange.ChangeRequestApprovals;
import io.pmoflow.specchange.ChangeRequestApprovals.Route;
import io.pmoflow.specchange.ChangeRequestBaselines;
import io.pmoflow.specchange.ChangeRequestBrief;
import io.pmoflow.specchange.ChangeRequestBaselines.NewBaseline;
import io.pmoflow.specchange.ChangeRequestProgress;
import io.pmoflow.specchange.SpecChangeSettings;
import io.pmoflow.specchange.ChangeRequestService;
import io.pmoflow.specchange.ChangeStatus;
import io.pmoflow.specchange.SpecChangeNotices;
import io.pmoflow.specchange.TaskDecision;
import io.pmoflow.support.ProcessDriver;
import io.pmoflow.support.ProcessTestEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through {@code spec-change-approval}, on the in-memory engine with the real routing
 * table and the real listeners and delegates of this package, built with mocks of the steps.
 */
@Deployment(
    resources = {
      "processes/spec-change-approval.bpmn",
      "processes/spec-change-routing.dmn",
      "forms/spec-change-start.form",
      "forms/spec-change-triage.form",
      "forms/spec-change-answer.form",
      "forms/spec-change-impact.form",
      "forms/spec-change-vendor-estimate.form",
      "forms/spec-change-pm-approval.form",
      "forms/spec-change-board-vote.form",
      "forms/spec-change-sponsor-approval.form",
      "forms/spec-change-emergency-approval.form",
      "forms/spec-change-emergency-review.form",
      "forms/spec-change-contract-amendment.form",
      "forms/spec-change-reverify-manual.form",
      "forms/spec-change-approve-reverification.form"
    })
class SpecChangeApprovalProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestEngine.withCoverage();

  static final long CR = 42L;
  static final String PMO = "paula";

  ChangeRequestProgress progress = mock(ChangeRequestProgress.class);
  ChangeRequestAnalysis analysis = mock(ChangeRequestAnalysis.class);
  ChangeRequestApprovals approvals = mock(ChangeRequestApprovals.class);
  ChangeRequestBaselines baselines = mock(ChangeRequestBaselines.class);
  SpecChangeNotices notices = mock(SpecChangeNotices.class);
  ChangeRequestService service = mock(ChangeRequestService.class);
  JavaDelegate reminder = mock(JavaDelegate.class);
  SpecChangeSettings settings = mock(SpecChangeSettings.class);

  // the ballots and the route as the domain keeps them
  AtomicReference<BoardBallot> ballot = new AtomicReference<>();
  AtomicReference<Route> route = new AtomicReference<>();
  // the type and the impact figures as the request holds them (the routing reads them from there)
  AtomicReference<RoutingFacts> facts = new AtomicReference<>();

  ProcessDriver driver;
  RuntimeService runtime;
  TaskService tasks;
  IdentityService identity;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    driver = new ProcessDriver(extension.getProcessEngine());
    runtime = extension.getProcessEngine().getRuntimeService();
    tasks = extension.getProcessEngine().getTaskService();
    identity = extension.getProcessEngine().getIdentityService();
    register();
    when(baselines.approve(CR)).thenReturn(new NewBaseline(2, List.of(), List.of()));
    when(baselines.rollBack(CR)).thenReturn(3);
    when(settings.reminderAfter()).thenReturn("P2D");
    when(settings.escalateAfter()).thenReturn("P5D");
    when(approvals.projectManager(CR)).thenReturn("peter");
    when(approvals.recordRoute(eq(CR), any()))
        .thenAnswer(call -> {
          route.set(Route.from(call.getArgument(1)));
          if (route.get().board()) {
            ballot.set(new BoardBallot(List.of("carla", "colin", "cleo"), Map.of(), 0.5));
          }
          return route.get();
        });
    when(approvals.route(CR)).thenAnswer(call -> route.get());
    when(progress.facts(CR)).thenAnswer(call -> facts.get());
    when(progress.requester(CR)).thenReturn("rita");
    doAnswer(call -> {
          String type = call.getArgument(3);
          if (type != null) {
            RoutingFacts now = facts.get();
            facts.set(new RoutingFacts(type, now.cost(), now.delayDays(), now.contractChange()));
          }
          return null;
        })
        .when(analysis).triaged(eq(CR), any(), any(), any(), any(), any());
    doAnswer(call -> {
          Impact impact = call.getArgument(2);
          facts.set(new RoutingFacts(facts.get().changeType(), ((Number) impact.cost()).doubleValue(),
              ((Number) impact.delayDays()).doubleValue(), impact.contractChange()));
          return null;
        })
        .when(analysis).impactAssessed(eq(CR), any(), any());
    when(approvals.ballot(CR)).thenAnswer(call -> ballot.get());
    when(approvals.vote(eq(CR), any(), anyString(), any()))
        .thenAnswer(call -> {
          ballot.set(ballot.get().with(call.getArgument(2), call.getArgument(3)));
          return ballot.get();
        });
  }

  void register() {
    Mocks.register("triageTaskListener", new TriageTaskListener(progress, analysis));
    Mocks.register("specChangeAnswerQuestionTaskListener", new SpecChangeAnswerQuestionTaskListener(progress, analysis));
    Mocks.register("impactAnalysisTaskListener", new ImpactAnalysisTaskListener(progress, analysis));
    Mocks.register("vendorEstimateTaskListener", new VendorEstimateTaskListener(progress, analysis));
    Mocks.register("specChangePmApprovalTaskListener", new SpecChangePmApprovalTaskListener(progress, approvals));
    Mocks.register("boardVoteTaskListener", new BoardVoteTaskListener(progress, approvals));
    Mocks.register("sponsorApprovalTaskListener", new SponsorApprovalTaskListener(progress));
    Mocks.register("pmEmergencyApprovalTaskListener", new PmEmergencyApprovalTaskListener(progress));
    Mocks.register("emergencyBoardReviewTaskListener", new EmergencyBoardReviewTaskListener(progress));
    Mocks.register("contractAmendmentTaskListener", new ContractAmendmentTaskListener(progress));
    Mocks.register("reverifyManualTaskListener", new ReverifyManualTaskListener(progress));
    Mocks.register("approveReverificationTaskListener", new ApproveReverificationTaskListener(progress));
    Mocks.register("registerRequestDelegate", new RegisterRequestDelegate(service));
    Mocks.register("recordRouteDelegate", new RecordRouteDelegate(approvals));
    Mocks.register("changeRequestFacts", new ChangeRequestFacts(progress));
    Mocks.register("contractImpactListener", new ContractImpactListener(progress));
    Mocks.register("recordedRouteListener", new RecordedRouteListener(approvals));
    Mocks.register("projectManagerAssignee", new ProjectManagerAssignee(approvals));
    Mocks.register("boardVoteTally", new BoardVoteTally(approvals));
    Mocks.register("writeBaselineDelegate", new WriteBaselineDelegate(baselines));
    Mocks.register("rollBackBaselineDelegate", new RollBackBaselineDelegate(baselines));
    Mocks.register("notifyApprovedDelegate", new NotifyApprovedDelegate(notices));
    Mocks.register("notifyRolledBackDelegate", new NotifyRolledBackDelegate(notices));
    Mocks.register("notifyRejectedDelegate", new NotifyRejectedDelegate(notices));
    Mocks.register("notifyWithdrawnDelegate", new NotifyWithdrawnDelegate(notices));
    Mocks.register("escalateDelegate", new EscalateDelegate(notices));
    Mocks.register("closeRequestDelegate", new CloseRequestDelegate(progress));
    Mocks.register("taskReminderDelegate", reminder);
    Mocks.register("specChangeSettings", settings);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void standardChangeIsApprovedByRule() {
    ProcessInstance pi = start("standard");
    assertThat(driver.task(pi, TASK_TRIAGE)).hasCandidateGroup("pmo");
    verify(progress).waitAt(CR, ChangeStatus.IN_TRIAGE);
    driver.completeAs(PMO, pi, TASK_TRIAGE, Map.of(TRIAGE_OUTCOME, "complete", CHANGE_TYPE, "standard"));
    verify(analysis).triaged(CR, new TaskDecision("Triage the change request", PMO, null), "complete", "standard", null, null);

    driver.runToNextWaitState(pi);

    assertThat(pi).hasPassed(TASK_ROUTE_CHANGE, TASK_WRITE_BASELINE, TASK_NOTIFY_APPROVED, TASK_CLOSE_REQUEST)
        .hasNotPassed(TASK_IMPACT_ANALYSIS, TASK_PM_APPROVAL, TASK_BOARD_VOTE, TASK_SPONSOR_APPROVAL)
        .isEnded();
    assertThat(pi).hasPassed(EVENT_CLOSED);
    verify(approvals).recordRoute(eq(CR), any());
    verify(notices).approved(CR, 2, "Tell the vendor and stakeholders");
    verify(progress).finish(CR, ChangeStatus.CLOSED, "Close the request");
    verify(service, never()).registerStarted(any(), any(), any());
  }

  @Test
  void taskNamesSayWhichCaseAndATasklistStartGetsTheBusinessKey() {
    Map<String, Object> registered = new HashMap<>();
    registered.put(CHANGE_REQUEST_ID, CR);
    registered.put(CASE_LABEL, "CR-42: One-time code at login");
    when(service.registerStarted(any(), eq("rita"), anyString())).thenReturn(registered);
    Map<String, Object> form = new HashMap<>();
    form.put(PROJECT_ID, 7L);
    form.put("title", "One-time code at login");
    form.put("description", "Ask for a one-time code");
    form.put("requesterRole", "CLIENT");
    form.put("proposedType", "NORMAL");
    form.put("sectionKey", "UI-LOGIN");
    form.put("newText", "User name\nOne-time code");
    identity.setAuthenticatedUserId("rita");
    ProcessInstance pi;
    try {
      pi = runtime.startProcessInstanceByKey(PROCESS_KEY, form);
    } finally {
      identity.clearAuthentication();
    }

    assertThat(pi.getBusinessKey()).isEqualTo("CR-42");
    assertThat(driver.task(pi, TASK_TRIAGE).getName())
        .isEqualTo("Triage the change request — CR-42: One-time code at login");
    assertThat(stepOf(driver.task(pi, TASK_TRIAGE).getName())).isEqualTo("Triage the change request");
  }

  @Test
  void smallChangeIsApprovedByTheProjectManagerAlone() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 1000, 0, false);

    Task pmTask = driver.task(pi, TASK_PM_APPROVAL);
    assertThat(pmTask).isAssignedTo("peter");
    assertThat(tasks.getIdentityLinksForTask(pmTask.getId())).as("no group widens the PM's task")
        .noneMatch(link -> link.getGroupId() != null);
    assertThat(pi).variables().containsEntry(NEEDS_PM, true).containsEntry(NEEDS_BOARD, false);
    driver.completeAs("peter", pi, TASK_PM_APPROVAL, Map.of(PM_DECISION, "approved"));
    driver.runToNextWaitState(pi);

    assertThat(pi).hasPassed(TASK_WRITE_BASELINE).hasNotPassed(TASK_BOARD_VOTE, TASK_CONTRACT_AMENDMENT)
        .isWaitingAt(TASK_CONTRACT_AMENDMENT).isNotEnded();
    verify(approvals).pmDecided(eq(CR), eq(new TaskDecision("Approve the change (project manager)", "peter", null)),
        eq("approved"), any());
  }

  @Test
  void boardMajorityApprovesAndTheContractIsAmended() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 20000, 0, false);

    List<Task> votes = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_BOARD_VOTE).list();
    assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrder("carla", "colin", "cleo");
    vote(pi, "carla", "approve");
    vote(pi, "colin", "approve");

    // two of three is a majority: cleo's vote is no longer needed
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_BOARD_VOTE).count()).isZero();
    driver.runToNextWaitState(pi);
    assertThat(pi).hasPassed(TASK_WRITE_BASELINE, TASK_NOTIFY_APPROVED).isWaitingAt(TASK_CONTRACT_AMENDMENT);
    assertThat(driver.task(pi, TASK_CONTRACT_AMENDMENT)).hasCandidateGroup("pmo");
    driver.completeAs(PMO, pi, TASK_CONTRACT_AMENDMENT, Map.of("amendmentReference", "AM-7"));
    assertThat(pi).hasPassed(EVENT_CLOSED).isEnded();
    verify(progress).record(CR, new TaskDecision("Prepare the contract amendment", PMO, null), "contract amendment prepared");
  }

  @Test
  void countsSentWithAVoteAreIgnoredTheBallotsCount() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 20_000, 0, false);
    Task carlas = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_BOARD_VOTE)
        .taskAssignee("carla").singleResult();
    tasks.complete(carlas.getId(), Map.of(VOTE, "approve", "boardApprovals", 3, "boardRejections", 0, "nrOfInstances", 1));

    assertThat(pi).isWaitingAt(TASK_BOARD_VOTE);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_BOARD_VOTE).count())
        .as("one approval of three decides nothing").isEqualTo(2);
    assertThat(ballot.get().approvals()).isEqualTo(1);
  }

  @Test
  void thePmApprovalGoesToTheProjectsPmEvenIfTheInstanceSaysOtherwise() {
    ProcessInstance pi = start("normal");
    runtime.setVariable(pi.getId(), "projectManager", "victor"); // a variable the model never reads
    triageComplete(pi, "normal", false);
    analyse(pi, 1000, 0, false);
    assertThat(driver.task(pi, TASK_PM_APPROVAL)).isAssignedTo("peter");
  }

  @Test
  void flagsSentWithAVoteDoNotSkipTheSponsor() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 80_000, 30, true);
    for (String member : List.of("carla", "colin")) {
      Task vote = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_BOARD_VOTE)
          .taskAssignee(member).singleResult();
      tasks.complete(vote.getId(), Map.of(VOTE, "approve", NEEDS_SPONSOR, false, NEEDS_BOARD, false));
    }
    assertThat(pi).isWaitingAt(TASK_SPONSOR_APPROVAL);
  }

  @Test
  void oneMemberCannotCastAnothersVote() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 20_000, 0, false);
    when(approvals.vote(eq(CR), eq(new TaskDecision("Vote on the change (board)", "colin", null)), eq("carla"), any()))
        .thenThrow(new FormInputRefused("Only carla may cast this vote, not colin"));

    Task carlas = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_BOARD_VOTE)
        .taskAssignee("carla").singleResult();
    identity.setAuthenticatedUserId("colin");
    try {
      assertThatThrownBy(() -> tasks.complete(carlas.getId(), Map.of(VOTE, "approve")))
          .hasMessageContaining("Only carla may cast this vote, not colin");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(ballot.get().votes()).isEmpty();
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_BOARD_VOTE).count()).isEqualTo(3);
  }

  @Test
  void figuresAndFlagsSentWithATaskDoNotChangeTheRoute() {
    ProcessInstance pi = start("normal");
    // sent past the forms (this engine has no form guard): the routing reads the request, not these
    driver.completeAs(PMO, pi, TASK_TRIAGE, Map.of(TRIAGE_OUTCOME, "complete", CHANGE_TYPE, "normal",
        NEEDS_VENDOR_ESTIMATE, false, COST, 90_000, DELAY_DAYS, 20, CONTRACT_CHANGE, true));
    analyse(pi, 1000, 0, false);
    assertThat(pi).isWaitingAt(TASK_PM_APPROVAL);
    assertThat(List.of(route.get().pm(), route.get().board(), route.get().sponsor())).containsExactly(true, false, false);

    driver.completeAs("peter", pi, TASK_PM_APPROVAL, Map.of(PM_DECISION, "approved", COST, 90_000,
        CONTRACT_CHANGE, true, "changesContractOrPlan", true));
    driver.runToNextWaitState(pi);
    assertThat(pi).as("a cost of 1,000 changes the plan: the contract is amended all the same")
        .isWaitingAt(TASK_CONTRACT_AMENDMENT);

    ProcessInstance free = start("normal");
    triageComplete(free, "normal", false);
    driver.completeAs(PMO, free, TASK_IMPACT_ANALYSIS,
        Map.of(EFFORT_DAYS, 1, COST, 0, DELAY_DAYS, 0, CONTRACT_CHANGE, false, RISK, "low"));
    driver.completeAs("peter", free, TASK_PM_APPROVAL, Map.of(PM_DECISION, "approved", "changesContractOrPlan", true));
    driver.runToNextWaitState(free);
    assertThat(free).hasNotPassed(TASK_CONTRACT_AMENDMENT).hasPassed(EVENT_CLOSED).isEnded();
  }

  @Test
  void anInstanceStartedOnTheEarlierModelKeepsItsFiguresAndItsFlag() {
    ProcessInstance pi = start("normal");
    // what the earlier model's start wrote: its table and its contract gateway read these variables
    runtime.setVariables(pi.getId(), Map.of(COST, 0.0, CHANGES_CONTRACT_OR_PLAN, false));
    when(progress.brief(CR, false)).thenReturn(Map.of(ChangeRequestBrief.REQUEST_TITLE, "CR-42: One-time code at login", COST, 0.0));
    assertThat(shownTexts(driver.task(pi, TASK_TRIAGE))).as("a figure the instance holds is not served over it")
        .containsKeys(ChangeRequestBrief.REQUEST_TITLE, COMMENT).doesNotContainKey(COST);

    triageComplete(pi, "normal", false);
    analyse(pi, 1000, 0, false);
    assertThat(runtime.getVariable(pi.getId(), CHANGES_CONTRACT_OR_PLAN)).isEqualTo(true);
  }

  @Test
  void boardMajorityRejects() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 0, 3, false);

    vote(pi, "carla", "reject");
    vote(pi, "cleo", "approve");
    vote(pi, "colin", "reject");

    assertThat(pi).hasPassed(TASK_NOTIFY_REJECTED, EVENT_REJECTED).hasNotPassed(TASK_WRITE_BASELINE).isEnded();
    verify(notices).rejected(CR);
  }

  @Test
  void largeChangeNeedsBoardAndSponsorAndTheVendorEstimates() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", true);
    assertThat(pi).isWaitingAt(TASK_IMPACT_ANALYSIS, TASK_VENDOR_ESTIMATE);
    assertThat(driver.task(pi, TASK_VENDOR_ESTIMATE)).hasCandidateGroup("vendor-acme");
    // the vendor's form gets the request and its diff (and an empty comment), none of the client's texts; no task keeps a copy
    assertThat(shownTexts(driver.task(pi, TASK_VENDOR_ESTIMATE)))
        .containsOnlyKeys(ChangeRequestBrief.REQUEST_TITLE, COMMENT).containsEntry(COMMENT, null);
    verify(progress).brief(CR, true);
    assertThat(tasks.getVariablesLocal(driver.task(pi, TASK_VENDOR_ESTIMATE).getId())).isEmpty();
    driver.completeAs("victor", pi, TASK_VENDOR_ESTIMATE, Map.of(VENDOR_EFFORT_DAYS, 40, VENDOR_COST, 60000));
    verify(analysis).vendorEstimated(CR, new TaskDecision("Estimate the change (vendor)", "victor", null), 40, 60000);
    analyse(pi, 80000, 10, true);

    vote(pi, "carla", "approve");
    vote(pi, "colin", "approve");
    assertThat(driver.task(pi, TASK_SPONSOR_APPROVAL)).hasCandidateGroup("sponsor");
    driver.completeAs("sam", pi, TASK_SPONSOR_APPROVAL, Map.of(SPONSOR_DECISION, "approved"));
    driver.runToNextWaitState(pi);

    assertThat(pi).hasPassed(TASK_WRITE_BASELINE).isWaitingAt(TASK_CONTRACT_AMENDMENT);
  }

  @Test
  void sponsorRejects() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 90000, 0, false);
    vote(pi, "carla", "approve");
    vote(pi, "colin", "approve");
    driver.completeAs("sam", pi, TASK_SPONSOR_APPROVAL, Map.of(SPONSOR_DECISION, "rejected"));

    assertThat(pi).hasPassed(EVENT_REJECTED).hasNotPassed(TASK_WRITE_BASELINE).isEnded();
    verify(progress).record(CR, new TaskDecision("Approve the change (sponsor)", "sam", null), "rejected");
  }

  @Test
  void emergencyChangeIsApprovedAtOnceAndTheBoardRollsItBack() {
    ProcessInstance pi = start("emergency");
    triageComplete(pi, "emergency", false);
    assertThat(driver.task(pi, TASK_PM_EMERGENCY_APPROVAL)).isAssignedTo("peter");
    driver.completeAs("peter", pi, TASK_PM_EMERGENCY_APPROVAL, Map.of(EMERGENCY_DECISION, "approved"));
    driver.runToNextWaitState(pi);

    assertThat(pi).hasPassed(TASK_WRITE_BASELINE, TASK_NOTIFY_APPROVED).hasNotPassed(TASK_IMPACT_ANALYSIS)
        .isWaitingAt(TASK_EMERGENCY_BOARD_REVIEW);
    assertThat(driver.task(pi, TASK_EMERGENCY_BOARD_REVIEW)).hasCandidateGroup("change-board");
    driver.completeAs("carla", pi, TASK_EMERGENCY_BOARD_REVIEW, Map.of(BOARD_REVIEW, "rollBack"));
    driver.runToNextWaitState(pi);

    assertThat(pi).hasPassed(TASK_ROLL_BACK_BASELINE, TASK_NOTIFY_ROLLED_BACK, EVENT_ROLLED_BACK).isEnded();
    verify(baselines).rollBack(CR);
    verify(notices).rolledBack(CR, 3, "Tell everyone: rolled back");
  }

  @Test
  void emergencyChangeKeptByTheBoardIsClosed() {
    ProcessInstance pi = start("emergency");
    triageComplete(pi, "emergency", false);
    driver.completeAs("peter", pi, TASK_PM_EMERGENCY_APPROVAL, Map.of(EMERGENCY_DECISION, "approved"));
    driver.runToNextWaitState(pi);
    driver.completeAs("carla", pi, TASK_EMERGENCY_BOARD_REVIEW, Map.of(BOARD_REVIEW, "keep"));

    assertThat(pi).hasPassed(EVENT_CLOSED).hasNotPassed(TASK_ROLL_BACK_BASELINE).isEnded();
  }

  @Test
  void emergencyChangeRejectedByTheProjectManager() {
    ProcessInstance pi = start("emergency");
    triageComplete(pi, "emergency", false);
    driver.completeAs("peter", pi, TASK_PM_EMERGENCY_APPROVAL, Map.of(EMERGENCY_DECISION, "rejected"));

    assertThat(pi).hasPassed(EVENT_REJECTED).isEnded();
  }

  @Test
  void requesterWithdrawsBeforeTheDecision() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    assertThat(pi).isWaitingAt(TASK_IMPACT_ANALYSIS);

    runtime.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceId(pi.getId()).correlate();

    assertThat(pi).hasPassed(TASK_NOTIFY_WITHDRAWN, EVENT_WITHDRAWAL_DONE).isEnded();
    verify(notices).withdrawn(CR);
    verify(baselines, never()).approve(anyLong());
  }

  @Test
  void incompleteRequestGoesBackToTheRequesterAndIsTriagedAgain() {
    ProcessInstance pi = start("normal");
    driver.completeAs(PMO, pi, TASK_TRIAGE, Map.of(TRIAGE_OUTCOME, "incomplete", QUESTION, "Which screen?"));

    assertThat(driver.task(pi, TASK_ANSWER_QUESTION)).isAssignedTo("rita");
    verify(progress).waitAt(CR, ChangeStatus.WAITING_FOR_REQUESTER);
    driver.completeAs("rita", pi, TASK_ANSWER_QUESTION, Map.of(ANSWER, "The login screen"));

    assertThat(pi).isWaitingAt(TASK_TRIAGE);
    assertThat(pi).variables().containsEntry(ANSWER, "The login screen");
    verify(analysis).answered(CR, new TaskDecision("Answer the PMO's question", "rita", null), "The login screen");
    // the second triage starts blank: the earlier "incomplete" is not pre-selected
    assertThat(pi).variables().doesNotContainKeys(TRIAGE_OUTCOME, QUESTION, FOLLOW_UP_DATE);
    // and its form shows the request, with the question and the answer, read from the request
    assertThat(shownTexts(driver.task(pi, TASK_TRIAGE)))
        .containsEntry(ChangeRequestBrief.QUESTION_AND_ANSWER, "Question: Which screen?\nAnswer: The login screen");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKey(ChangeRequestBrief.QUESTION_AND_ANSWER);
  }

  @Test
  void duplicateIsRejectedAtTriage() {
    ProcessInstance pi = start("normal");
    driver.completeAs(PMO, pi, TASK_TRIAGE, Map.of(TRIAGE_OUTCOME, "duplicate"));

    assertThat(pi).hasPassed(TASK_NOTIFY_REJECTED, EVENT_REJECTED).isEnded();
  }

  @Test
  void anAnswerOutsideTheFormsChoicesIsRefused() {
    ProcessInstance pi = start("normal");
    assertThatThrownBy(() -> driver.completeAs(PMO, pi, TASK_TRIAGE, Map.of(TRIAGE_OUTCOME, "whatever")))
        .hasMessageContaining("triageOutcome must be one of complete, incomplete, duplicate, deferred");
    assertThat(pi).isWaitingAt(TASK_TRIAGE);
  }

  @Test
  void deferredRequestsComeBackToTriageOnTheFollowUpDate() {
    ProcessInstance pi = start("normal");
    driver.completeAs(PMO, pi, TASK_TRIAGE, Map.of(TRIAGE_OUTCOME, "deferred", FOLLOW_UP_DATE, "2031-03-01"));
    assertThat(pi).isWaitingAt(EVENT_FOLLOW_UP_REACHED);
    driver.fireTimer(pi, EVENT_FOLLOW_UP_REACHED);
    assertThat(pi).isWaitingAt(TASK_TRIAGE);

    triageComplete(pi, "normal", false);
    analyse(pi, 500, 0, false);
    driver.completeAs("peter", pi, TASK_PM_APPROVAL, Map.of(PM_DECISION, "deferred", FOLLOW_UP_DATE, "2031-04-01"));
    assertThat(pi).isWaitingAt(EVENT_FOLLOW_UP_REACHED);
    driver.fireTimer(pi, EVENT_FOLLOW_UP_REACHED);

    assertThat(pi).isWaitingAt(TASK_TRIAGE);
    driver.completeAs(PMO, pi, TASK_TRIAGE,
        Map.of(TRIAGE_OUTCOME, "complete", CHANGE_TYPE, "normal", NEEDS_VENDOR_ESTIMATE, false));
    analyse(pi, 500, 0, false);
    driver.completeAs("peter", pi, TASK_PM_APPROVAL, Map.of(PM_DECISION, "rejected"));
    assertThat(pi).hasPassed(EVENT_REJECTED).isEnded();
  }

  @Test
  void changedScreensAreReverifiedPerManualSectionAndApprovedByThePmo() {
    when(baselines.approve(CR))
        .thenReturn(new NewBaseline(2, List.of(5L, 6L), List.of("MAN-LOGIN: Logging in", "MAN-ORDERS: Entering an order")));
    ProcessInstance pi = start("standard");
    driver.completeAs(PMO, pi, TASK_TRIAGE, Map.of(TRIAGE_OUTCOME, "complete", CHANGE_TYPE, "standard"));
    driver.runToNextWaitState(pi);

    List<Task> reverify = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_REVERIFY_MANUAL).list();
    assertThat(reverify).hasSize(2);
    for (Task t : reverify) {
      assertThat(t).hasCandidateGroup("pmo");
    }
    assertThat(reverify.stream().map(t -> (String) tasks.getVariable(t.getId(), MANUAL_SECTION)).toList())
        .containsExactlyInAnyOrder("MAN-LOGIN: Logging in", "MAN-ORDERS: Entering an order");
    reverify.forEach(t -> completeAsPmo(t, Map.of("screenshotsRetaken", true, "stepsMatch", true)));
    driver.completeAs(PMO, pi, TASK_APPROVE_REVERIFICATION, Map.of(REVERIFICATION_ACCEPTED, false));

    // sent back: both sections again
    List<Task> again = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_REVERIFY_MANUAL).list();
    assertThat(again).hasSize(2);
    again.forEach(t -> completeAsPmo(t, Map.of()));
    driver.completeAs(PMO, pi, TASK_APPROVE_REVERIFICATION, Map.of(REVERIFICATION_ACCEPTED, true));

    assertThat(pi).hasPassed(EVENT_CLOSED).hasNotPassed(TASK_CONTRACT_AMENDMENT).isEnded();
    verify(progress).record(CR, new TaskDecision("Approve the re-verified manual", PMO, null), "sent back");
    verify(progress).record(CR, new TaskDecision("Approve the re-verified manual", PMO, null), "accepted");
  }

  @Test
  void waitingApproversAreRemindedAndTheDecisionIsEscalated() throws Exception {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 1000, 0, false);
    assertThat(pi).isWaitingAt(TASK_PM_APPROVAL);

    driver.fireTimer(pi, EVENT_PM_REMINDER);
    verify(reminder).execute(any());
    driver.fireTimer(pi, EVENT_PM_ESCALATION);
    verify(notices).escalated(eq(CR), anyString(), eq(TASK_PM_APPROVAL), eq("Tell the PMO the decision is overdue"));

    assertThat(pi).isWaitingAt(TASK_PM_APPROVAL).hasPassed(EVENT_REMINDED, EVENT_ESCALATED);
    assertThat(pi).variables().containsEntry(WAITING_TASK, TASK_PM_APPROVAL);
  }

  @Test
  void boardAndSponsorAreRemindedToo() throws Exception {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 90000, 0, false);
    driver.fireTimer(pi, EVENT_BOARD_REMINDER);
    driver.fireTimer(pi, EVENT_BOARD_ESCALATION);
    vote(pi, "carla", "approve");
    vote(pi, "cleo", "approve");
    driver.fireTimer(pi, EVENT_SPONSOR_REMINDER);
    driver.fireTimer(pi, EVENT_SPONSOR_ESCALATION);

    verify(reminder, times(2)).execute(any());
    verify(notices, times(2)).escalated(eq(CR), anyString(), anyString(), anyString());
    assertThat(pi).isWaitingAt(TASK_SPONSOR_APPROVAL);
  }

  // ---- helpers

  /** What the task's form shows read-only, as the application reads it when the form is read. */
  Map<String, Object> shownTexts(Task task) {
    return ((ProcessEngineConfigurationImpl) extension.getProcessEngine().getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> new ChangeRequestShownTexts(progress).texts(context.getTaskManager().findTaskById(task.getId())));
  }

  ProcessInstance start(String type) {
    when(progress.brief(CR, false))
        .thenReturn(Map.of(ChangeRequestBrief.REQUEST_TITLE, "CR-42: One-time code at login",
            ChangeRequestBrief.QUESTION_AND_ANSWER, "Question: Which screen?\nAnswer: The login screen"));
    when(progress.brief(CR, true)).thenReturn(Map.of(ChangeRequestBrief.REQUEST_TITLE, "CR-42: One-time code at login"));
    Map<String, Object> v = new HashMap<>();
    v.put(CHANGE_REQUEST_ID, CR);
    v.put(CASE_LABEL, "CR-42: One-time code at login");
    v.put(VENDOR_GROUP, "vendor-acme");
    facts.set(new RoutingFacts(type, 0.0, 0.0, false));
    return runtime.startProcessInstanceByKey(PROCESS_KEY, "CR-42", v);
  }

  void triageComplete(ProcessInstance pi, String type, boolean vendorEstimate) {
    driver.completeAs(PMO, pi, TASK_TRIAGE,
        Map.of(TRIAGE_OUTCOME, "complete", CHANGE_TYPE, type, NEEDS_VENDOR_ESTIMATE, vendorEstimate));
  }

  void analyse(ProcessInstance pi, Number cost, Number delayDays, boolean contractChange) {
    driver.completeAs(PMO, pi, TASK_IMPACT_ANALYSIS,
        Map.of(EFFORT_DAYS, 3, COST, cost, DELAY_DAYS, delayDays, CONTRACT_CHANGE, contractChange, RISK, "low"));
  }

  void vote(ProcessInstance pi, String member, String vote) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_BOARD_VOTE)
        .taskAssignee(member).singleResult();
    identity.setAuthenticatedUserId(member);
    try {
      tasks.complete(task.getId(), Map.of(VOTE, vote));
    } finally {
      identity.clearAuthentication();
    }
  }

  void completeAsPmo(Task task, Map<String, Object> answers) {
    identity.setAuthenticatedUserId(PMO);
    try {
      tasks.complete(task.getId(), answers);
    } finally {
      identity.clearAuthentication();
    }
  }
}

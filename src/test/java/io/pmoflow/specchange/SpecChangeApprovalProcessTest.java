package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectService;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.specchange.SpecChangeMails.Notice;
import io.pmoflow.support.ProcessTestEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
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

/** Every path through {@code spec-change-approval}, on the in-memory engine with the real routing table. */
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

  ChangeRequestSteps steps = mock(ChangeRequestSteps.class);
  SpecChangeMails mails = mock(SpecChangeMails.class);
  People people = mock(People.class);
  ManualSectionRepository manualSections = mock(ManualSectionRepository.class);
  TaskListener taskListener = mock(TaskListener.class);
  JavaDelegate register = mock(JavaDelegate.class);
  JavaDelegate reminder = mock(JavaDelegate.class);

  AtomicReference<BoardBallot> ballot = new AtomicReference<>();
  AtomicReference<ChangeRequestSteps.Route> route = new AtomicReference<>();
  ProjectService projects = mock(ProjectService.class);

  RuntimeService runtime;
  TaskService tasks;
  ManagementService management;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    runtime = extension.getProcessEngine().getRuntimeService();
    tasks = extension.getProcessEngine().getTaskService();
    management = extension.getProcessEngine().getManagementService();
    List<User> board = List.of(user("carla"), user("colin"), user("cleo"));
    when(people.membersOf(PmoGroups.CHANGE_BOARD)).thenReturn(board);
    when(steps.approve(CR)).thenReturn(new ChangeRequestSteps.NewBaseline(2, List.of()));
    when(steps.rollBack(CR)).thenReturn(3);
    Mocks.register("specChangeTaskListener", taskListener);
    Mocks.register("registerChangeRequestDelegate", register);
    Mocks.register("taskReminderDelegate", reminder);
    Mocks.register("recordRoutingDelegate", new RecordRoutingDelegate(steps, people, new SpecChangeSettings("P2D", "P5D", 0.5)));
    Mocks.register("writeBaselineDelegate", new WriteBaselineDelegate(steps, manualSections));
    Mocks.register("rollBackBaselineDelegate", new RollBackBaselineDelegate(steps));
    Mocks.register("notifySpecChangeDelegate", new NotifySpecChangeDelegate(mails, steps));
    Mocks.register("closeChangeRequestDelegate", new CloseChangeRequestDelegate(steps));
    Mocks.register("boardVoteTally", new BoardVoteTally(steps));
    // the ballots as the domain keeps them (ChangeRequestSteps writes them to change_board_vote)
    doAnswer(call -> {
          ballot.set(new BoardBallot(call.getArgument(1), Map.of(), call.getArgument(2)));
          return null;
        })
        .when(steps).openBoardVote(eq(CR), anyList(), anyDouble());
    when(steps.castVote(eq(CR), anyString(), any()))
        .thenAnswer(call -> {
          ballot.set(ballot.get().with(call.getArgument(1), call.getArgument(2)));
          return ballot.get();
        });
    when(steps.ballot(CR)).thenAnswer(call -> ballot.get());
    // the route as the request records it
    doAnswer(call -> {
          route.set(call.getArgument(1));
          return null;
        })
        .when(steps).recordRoute(eq(CR), any());
    when(steps.route(CR)).thenAnswer(call -> route.get());
    Mocks.register("specChangeRoutes", new SpecChangeRoutes(steps, projects));
    ChangeRequest request = mock(ChangeRequest.class);
    when(request.getProjectId()).thenReturn(7L);
    when(steps.find(CR)).thenReturn(request);
    Project project = mock(Project.class);
    when(project.getProjectManager()).thenReturn("peter");
    when(projects.find(7L)).thenReturn(project);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void standardChangeIsApprovedByRule() throws Exception {
    ProcessInstance pi = start("standard");
    assertThat(task(pi)).hasDefinitionKey("Task_Triage").hasCandidateGroup("pmo");
    complete(pi, "Task_Triage", Map.of(TRIAGE_OUTCOME, "complete", CHANGE_TYPE, "standard"));

    runJobs(pi);

    assertThat(pi).hasPassed("Task_RouteChange", "Task_WriteBaseline", "Task_NotifyApproved", "Task_CloseRequest")
        .hasNotPassed("Task_ImpactAnalysis", "Task_PmApproval", "Task_BoardVote", "Task_SponsorApproval")
        .isEnded();
    assertThat(pi).hasPassed("End_Closed");
    verify(steps).recordRoute(eq(CR), any());
    verify(mails).send(CR, Notice.APPROVED, "v2");
    verify(steps).note(CR, "Tell the vendor and stakeholders", "mailed");
    verify(steps).finish(CR, ChangeStatus.CLOSED, "Close the request");
    verify(register).execute(any());
    verify(taskListener, atLeastOnce()).notify(any());
  }

  @Test
  void smallChangeIsApprovedByTheProjectManagerAlone() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 1000, 0, false);

    Task pmTask = task(pi);
    assertThat(pmTask).hasDefinitionKey("Task_PmApproval").isAssignedTo("peter");
    assertThat(tasks.getIdentityLinksForTask(pmTask.getId())).as("no group widens the PM's task")
        .noneMatch(link -> link.getGroupId() != null);
    assertThat(pi).variables().containsEntry(NEEDS_PM, true).containsEntry(NEEDS_BOARD, false);
    complete(pi, "Task_PmApproval", Map.of(PM_DECISION, "approved"));
    runJobs(pi);

    assertThat(pi).hasPassed("Task_WriteBaseline").hasNotPassed("Task_BoardVote", "Task_ContractAmendment")
        .isWaitingAt("Task_ContractAmendment").isNotEnded();
  }

  @Test
  void boardMajorityApprovesAndTheContractIsAmended() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 20000, 0, false);

    List<Task> votes = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_BoardVote").list();
    assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrder("carla", "colin", "cleo");
    vote(pi, "carla", "approve");
    vote(pi, "colin", "approve");

    // two of three is a majority: cleo's vote is no longer needed
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_BoardVote").count()).isZero();
    runJobs(pi);
    assertThat(pi).hasPassed("Task_WriteBaseline", "Task_NotifyApproved").isWaitingAt("Task_ContractAmendment");
    assertThat(task(pi)).hasCandidateGroup("pmo");
    complete(pi, "Task_ContractAmendment", Map.of("amendmentReference", "AM-7"));
    assertThat(pi).hasPassed("End_Closed").isEnded();
  }

  @Test
  void countsSentWithAVoteAreIgnoredTheBallotsCount() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 20_000, 0, false);
    Task carlas = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_BoardVote")
        .taskAssignee("carla").singleResult();
    tasks.complete(carlas.getId(), Map.of(VOTE, "approve", "boardApprovals", 3, "boardRejections", 0, "nrOfInstances", 1));

    assertThat(pi).isWaitingAt("Task_BoardVote");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_BoardVote").count())
        .as("one approval of three decides nothing").isEqualTo(2);
    assertThat(ballot.get().approvals()).isEqualTo(1);
  }

  @Test
  void thePmApprovalGoesToTheProjectsPmEvenIfTheInstanceSaysOtherwise() {
    ProcessInstance pi = start("normal");
    runtime.setVariable(pi.getId(), PROJECT_MANAGER, "victor");
    triageComplete(pi, "normal", false);
    analyse(pi, 1000, 0, false);
    assertThat(task(pi)).hasDefinitionKey("Task_PmApproval").isAssignedTo("peter");
  }

  @Test
  void flagsSentWithAVoteDoNotSkipTheSponsor() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 80_000, 30, true);
    for (String member : List.of("carla", "colin")) {
      Task vote = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_BoardVote")
          .taskAssignee(member).singleResult();
      tasks.complete(vote.getId(), Map.of(VOTE, "approve", NEEDS_SPONSOR, false, NEEDS_BOARD, false));
    }
    assertThat(pi).isWaitingAt("Task_SponsorApproval");
  }

  @Test
  void oneMemberCannotCastAnothersVote() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 20_000, 0, false);
    Task carlas = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_BoardVote")
        .taskAssignee("carla").singleResult();
    var identity = extension.getProcessEngine().getIdentityService();
    identity.setAuthenticatedUserId("colin");
    try {
      assertThatThrownBy(() -> tasks.complete(carlas.getId(), Map.of(VOTE, "approve")))
          .hasMessageContaining("Only carla may cast this vote, not colin");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(ballot.get().votes()).isEmpty();
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_BoardVote").count()).isEqualTo(3);
  }

  @Test
  void boardMajorityRejects() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 0, 3, false);

    vote(pi, "carla", "reject");
    vote(pi, "cleo", "approve");
    vote(pi, "colin", "reject");

    assertThat(pi).hasPassed("Task_NotifyRejected", "End_Rejected").hasNotPassed("Task_WriteBaseline").isEnded();
    verify(mails).send(CR, Notice.REJECTED, "once");
    verify(steps).finish(CR, ChangeStatus.REJECTED, "Tell the requester: rejected");
  }

  @Test
  void largeChangeNeedsBoardAndSponsorAndTheVendorEstimates() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", true);
    assertThat(pi).isWaitingAt("Task_ImpactAnalysis", "Task_VendorEstimate");
    Task estimate = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_VendorEstimate").singleResult();
    assertThat(estimate).hasCandidateGroup("vendor-acme");
    complete(pi, "Task_VendorEstimate", Map.of(VENDOR_EFFORT_DAYS, 40, VENDOR_COST, 60000));
    analyse(pi, 80000, 10, true);

    vote(pi, "carla", "approve");
    vote(pi, "colin", "approve");
    assertThat(task(pi)).hasDefinitionKey("Task_SponsorApproval").hasCandidateGroup("sponsor");
    complete(pi, "Task_SponsorApproval", Map.of(SPONSOR_DECISION, "approved"));
    runJobs(pi);

    assertThat(pi).hasPassed("Task_WriteBaseline").isWaitingAt("Task_ContractAmendment");
  }

  @Test
  void sponsorRejects() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 90000, 0, false);
    vote(pi, "carla", "approve");
    vote(pi, "colin", "approve");
    complete(pi, "Task_SponsorApproval", Map.of(SPONSOR_DECISION, "rejected"));

    assertThat(pi).hasPassed("End_Rejected").hasNotPassed("Task_WriteBaseline").isEnded();
  }

  @Test
  void emergencyChangeIsApprovedAtOnceAndTheBoardRollsItBack() {
    ProcessInstance pi = start("emergency");
    triageComplete(pi, "emergency", false);
    Task emergency = task(pi);
    assertThat(emergency).hasDefinitionKey("Task_PmEmergencyApproval").isAssignedTo("peter");
    complete(pi, "Task_PmEmergencyApproval", Map.of(EMERGENCY_DECISION, "approved"));
    runJobs(pi);

    assertThat(pi).hasPassed("Task_WriteBaseline", "Task_NotifyApproved").hasNotPassed("Task_ImpactAnalysis")
        .isWaitingAt("Task_EmergencyBoardReview");
    assertThat(task(pi)).hasCandidateGroup("change-board");
    complete(pi, "Task_EmergencyBoardReview", Map.of(BOARD_REVIEW, "rollBack"));
    runJobs(pi);

    assertThat(pi).hasPassed("Task_RollBackBaseline", "Task_NotifyRolledBack", "End_RolledBack").isEnded();
    verify(steps).rollBack(CR);
    verify(mails).send(CR, Notice.ROLLED_BACK, "v3");
  }

  @Test
  void emergencyChangeKeptByTheBoardIsClosed() {
    ProcessInstance pi = start("emergency");
    triageComplete(pi, "emergency", false);
    complete(pi, "Task_PmEmergencyApproval", Map.of(EMERGENCY_DECISION, "approved"));
    runJobs(pi);
    complete(pi, "Task_EmergencyBoardReview", Map.of(BOARD_REVIEW, "keep"));

    assertThat(pi).hasPassed("End_Closed").hasNotPassed("Task_RollBackBaseline").isEnded();
  }

  @Test
  void emergencyChangeRejectedByTheProjectManager() {
    ProcessInstance pi = start("emergency");
    triageComplete(pi, "emergency", false);
    complete(pi, "Task_PmEmergencyApproval", Map.of(EMERGENCY_DECISION, "rejected"));

    assertThat(pi).hasPassed("End_Rejected").isEnded();
  }

  @Test
  void requesterWithdrawsBeforeTheDecision() {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    assertThat(pi).isWaitingAt("Task_ImpactAnalysis");

    runtime.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceId(pi.getId()).correlate();

    assertThat(pi).hasPassed("Task_NotifyWithdrawn", "End_Withdrawn").isEnded();
    verify(mails).send(CR, Notice.WITHDRAWN, "once");
    verify(steps).finish(CR, ChangeStatus.WITHDRAWN, "Tell the people concerned: withdrawn");
    verify(steps, never()).approve(anyLong());
  }

  @Test
  void incompleteRequestGoesBackToTheRequesterAndIsTriagedAgain() {
    ProcessInstance pi = start("normal");
    complete(pi, "Task_Triage", Map.of(TRIAGE_OUTCOME, "incomplete", QUESTION, "Which screen?"));

    Task answer = task(pi);
    assertThat(answer).hasDefinitionKey("Task_AnswerQuestion").isAssignedTo("rita");
    complete(pi, "Task_AnswerQuestion", Map.of(ANSWER, "The login screen"));

    assertThat(pi).isWaitingAt("Task_Triage");
    assertThat(pi).variables().containsEntry(ANSWER, "The login screen");
  }

  @Test
  void duplicateIsRejectedAtTriage() {
    ProcessInstance pi = start("normal");
    complete(pi, "Task_Triage", Map.of(TRIAGE_OUTCOME, "duplicate"));

    assertThat(pi).hasPassed("Task_NotifyRejected", "End_Rejected").isEnded();
  }

  @Test
  void deferredRequestsComeBackToTriageOnTheFollowUpDate() {
    ProcessInstance pi = start("normal");
    complete(pi, "Task_Triage", Map.of(TRIAGE_OUTCOME, "deferred", FOLLOW_UP_DATE, "2031-03-01"));
    assertThat(pi).isWaitingAt("Event_FollowUpReached");
    fireTimer(pi, "Event_FollowUpReached");
    assertThat(pi).isWaitingAt("Task_Triage");

    triageComplete(pi, "normal", false);
    analyse(pi, 500, 0, false);
    complete(pi, "Task_PmApproval", Map.of(PM_DECISION, "deferred", FOLLOW_UP_DATE, "2031-04-01"));
    assertThat(pi).isWaitingAt("Event_FollowUpReached");
    fireTimer(pi, "Event_FollowUpReached");

    assertThat(pi).isWaitingAt("Task_Triage");
    complete(pi, "Task_Triage", Map.of(TRIAGE_OUTCOME, "complete", CHANGE_TYPE, "normal", NEEDS_VENDOR_ESTIMATE, false));
    analyse(pi, 500, 0, false);
    complete(pi, "Task_PmApproval", Map.of(PM_DECISION, "rejected"));
    assertThat(pi).hasPassed("End_Rejected").isEnded();
  }

  @Test
  void changedScreensAreReverifiedPerManualSectionAndApprovedByThePmo() {
    when(steps.approve(CR)).thenReturn(new ChangeRequestSteps.NewBaseline(2, List.of(5L, 6L)));
    when(manualSections.findByIdIn(List.of(5L, 6L)))
        .thenReturn(List.of(manual("MAN-LOGIN", "Logging in"), manual("MAN-ORDERS", "Entering an order")));
    ProcessInstance pi = start("standard");
    complete(pi, "Task_Triage", Map.of(TRIAGE_OUTCOME, "complete", CHANGE_TYPE, "standard"));
    runJobs(pi);

    List<Task> reverify = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReverifyManual").list();
    assertThat(reverify).hasSize(2);
    for (Task t : reverify) {
      assertThat(t).hasCandidateGroup("pmo");
    }
    assertThat(reverify.stream().map(t -> (String) tasks.getVariable(t.getId(), MANUAL_SECTION)).toList())
        .containsExactlyInAnyOrder("MAN-LOGIN: Logging in", "MAN-ORDERS: Entering an order");
    reverify.forEach(t -> tasks.complete(t.getId(), Map.of("screenshotsRetaken", true, "stepsMatch", true)));
    complete(pi, "Task_ApproveReverification", Map.of(REVERIFICATION_ACCEPTED, false));

    // sent back: both sections again
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReverifyManual").count()).isEqualTo(2);
    tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReverifyManual").list()
        .forEach(t -> tasks.complete(t.getId()));
    complete(pi, "Task_ApproveReverification", Map.of(REVERIFICATION_ACCEPTED, true));

    assertThat(pi).hasPassed("End_Closed").hasNotPassed("Task_ContractAmendment").isEnded();
  }

  @Test
  void waitingApproversAreRemindedAndTheDecisionIsEscalated() throws Exception {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 1000, 0, false);
    assertThat(pi).isWaitingAt("Task_PmApproval");

    fireTimer(pi, "Event_PmReminder");
    verify(reminder).execute(any());
    fireTimer(pi, "Event_PmEscalation");
    verify(mails).send(eq(CR), eq(Notice.ESCALATED), anyString());
    verify(steps).note(CR, "Tell the PMO the decision is overdue", "decision overdue at Task_PmApproval");

    assertThat(pi).isWaitingAt("Task_PmApproval").hasPassed("End_Reminded", "End_Escalated");
    assertThat(pi).variables().containsEntry(WAITING_TASK, "Task_PmApproval");
  }

  @Test
  void boardAndSponsorAreRemindedToo() throws Exception {
    ProcessInstance pi = start("normal");
    triageComplete(pi, "normal", false);
    analyse(pi, 90000, 0, false);
    fireTimer(pi, "Event_BoardReminder");
    fireTimer(pi, "Event_BoardEscalation");
    vote(pi, "carla", "approve");
    vote(pi, "cleo", "approve");
    fireTimer(pi, "Event_SponsorReminder");
    fireTimer(pi, "Event_SponsorEscalation");

    verify(reminder, times(2)).execute(any());
    verify(mails, times(2)).send(eq(CR), eq(Notice.ESCALATED), anyString());
    assertThat(pi).isWaitingAt("Task_SponsorApproval");
  }

  // ---- helpers

  ProcessInstance start(String type) {
    Map<String, Object> v = new HashMap<>();
    v.put(CHANGE_REQUEST_ID, CR);
    v.put(PROJECT_ID, 7L);
    v.put(REQUESTER, "rita");
    v.put(PROJECT_MANAGER, "peter");
    v.put(VENDOR_GROUP, "vendor-acme");
    v.put(CHANGE_TYPE, type);
    v.put(COST, 0.0);
    v.put(DELAY_DAYS, 0.0);
    v.put(CONTRACT_CHANGE, false);
    v.put(REMINDER_AFTER, "P2D");
    v.put(ESCALATE_AFTER, "P5D");
    return runtime.startProcessInstanceByKey(PROCESS_KEY, v);
  }

  void triageComplete(ProcessInstance pi, String type, boolean vendorEstimate) {
    complete(pi, "Task_Triage", Map.of(TRIAGE_OUTCOME, "complete", CHANGE_TYPE, type, NEEDS_VENDOR_ESTIMATE, vendorEstimate));
  }

  void analyse(ProcessInstance pi, Number cost, Number delayDays, boolean contractChange) {
    complete(pi, "Task_ImpactAnalysis",
        Map.of(EFFORT_DAYS, 3, COST, cost, DELAY_DAYS, delayDays, CONTRACT_CHANGE, contractChange, RISK, "low"));
  }

  void vote(ProcessInstance pi, String member, String vote) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_BoardVote")
        .taskAssignee(member).singleResult();
    tasks.complete(task.getId(), Map.of(VOTE, vote));
  }

  Task task(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    assertThat(task).as("task " + key).isNotNull();
    tasks.complete(task.getId(), variables);
  }

  void runJobs(ProcessInstance pi) {
    for (Job job : management.createJobQuery().processInstanceId(pi.getId()).executable().list()) {
      management.executeJob(job.getId());
    }
  }

  void fireTimer(ProcessInstance pi, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().singleResult();
    assertThat(timer).as("timer " + activityId).isNotNull();
    management.executeJob(timer.getId());
  }

  static User user(String id) {
    User user = mock(User.class);
    when(user.getId()).thenReturn(id);
    return user;
  }

  static ManualSection manual(String key, String title) {
    ManualSection section = new ManualSection(1L, key);
    section.describe(title, java.util.Set.of());
    return section;
  }
}

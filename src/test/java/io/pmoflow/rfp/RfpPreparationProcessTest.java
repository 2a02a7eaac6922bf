package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.camunda.community.mockito.DelegateExpressions.registerExecutionListenerMock;
import static org.camunda.community.mockito.DelegateExpressions.registerJavaDelegateMock;

import io.pmoflow.calendar.WorkingDays;
import java.time.Clock;
import org.camunda.bpm.engine.test.mock.Mocks;
import static org.camunda.community.mockito.DelegateExpressions.registerTaskListenerMock;
import static org.camunda.community.mockito.DelegateExpressions.verifyJavaDelegateMock;
import static org.camunda.community.mockito.DelegateExpressions.verifyTaskListenerMock;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.when;

import io.pmoflow.project.Project;
import io.pmoflow.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through rfp-preparation, with the delegates and task listeners mocked. */
@Deployment(
    resources = {
      "processes/rfp-preparation.bpmn",
      "processes/rfp-review-routing.dmn",
      "forms/rfp-start.form",
      "forms/rfp-draft.form",
      "forms/rfp-pm-review.form",
      "forms/rfp-additional-review.form",
      "forms/rfp-answer-question.form",
      "forms/rfp-no-proposals.form",
      "forms/rfp-score.form",
      "forms/rfp-moderation.form",
      "forms/rfp-award.form"
    })
class RfpPreparationProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestEngine.withCoverage();

  static final List<String> TASK_LISTENERS =
      List.of(
          "draftRfpTaskListener",
          "pmReviewTaskListener",
          "additionalReviewTaskListener",
          "answerQuestionTaskListener",
          "noProposalsTaskListener",
          "scoreProposalsTaskListener",
          "moderateScoresTaskListener",
          "awardTaskListener");
  static final List<String> DELEGATES =
      List.of(
          "generateRfpDocumentDelegate",
          "taskReminderDelegate",
          "issueRfpDelegate",
          "broadcastAnswerDelegate",
          "extendProposalDeadlineDelegate",
          "cancelRfpDelegate",
          "notifyBiddersDelegate",
          "handOverToOnboardingDelegate");

  RfpSteps steps = mock(RfpSteps.class);
  Rfp rfp = mock(Rfp.class);
  RuntimeService runtime;
  TaskService tasks;
  ManagementService management;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    runtime = extension.getProcessEngine().getRuntimeService();
    tasks = extension.getProcessEngine().getTaskService();
    management = extension.getProcessEngine().getManagementService();
    registerExecutionListenerMock("rfpStartListener");
    TASK_LISTENERS.forEach(name -> registerTaskListenerMock(name));
    DELEGATES.forEach(name -> registerJavaDelegateMock(name));
    Mocks.register("workingDays", new WorkingDays(Clock.systemUTC()));
    Mocks.register("rfpPeople", new RfpPeople(steps));
    projectManagerIs("peter");
    when(rfp.getEvaluators()).thenReturn(List.of("evan", "ella"));
    when(rfp.getProjectId()).thenReturn(7L);
    when(steps.rfp(1L)).thenReturn(rfp);
    proposalsAtDeadline(2);
    evaluatorsDisagree(false);
  }

  // --- paths ------------------------------------------------------------------------------

  @Test
  void straightApprovalRunsToTheAward() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Task_DraftRfp");
    assertThat(only("Task_DraftRfp")).hasCandidateGroup("pmo");
    completeDraft(pi, 50_000, false, false);

    runJob(pi, "Task_GenerateDocument");
    verifyJavaDelegateMock("generateRfpDocumentDelegate").executed(times(1));
    assertThat(pi).isWaitingAt("Task_PmReview");
    Task review = only("Task_PmReview");
    assertThat(review).isAssignedTo("peter");
    assertThat(noCandidateGroup(review)).isTrue();
    pmDecides(true);

    assertThat(pi).variables().containsEntry(RfpVariables.ADDITIONAL_REVIEW_GROUPS, List.of());
    runJob(pi, "Task_IssueToVendors");
    verifyJavaDelegateMock("issueRfpDelegate").executed(times(1));
    assertThat(pi).isWaitingAt("Event_QuestionDeadline");

    passDeadlines(pi);
    assertThat(pi).isWaitingAt("Task_ScoreProposals");
    scoreAll(pi);
    assertThat(pi).isWaitingAt("Task_Award");
    assertThat(only("Task_Award")).isAssignedTo("peter");
    assertThat(noCandidateGroup(only("Task_Award"))).isTrue();
    tasks.complete(only("Task_Award").getId(), Map.of(RfpVariables.AWARDED_VENDOR, "acme"));
    verifyTaskListenerMock("awardTaskListener").executed(times(2));

    runJob(pi, "Task_NotifyBidders");
    runJob(pi, "Task_HandOverToOnboarding");
    verifyJavaDelegateMock("notifyBiddersDelegate").executed(times(1));
    verifyJavaDelegateMock("handOverToOnboardingDelegate").executed(times(1));
    assertThat(pi).isEnded().hasPassed("Event_RfpAwarded").hasNotPassed("Task_ModerateScores");
  }

  @Test
  void changesRequestedTwiceLoopBackToTheDraft() {
    ProcessInstance pi = start();
    for (int round = 1; round <= 2; round++) {
      completeDraft(pi, 50_000, false, false);
      runJob(pi, "Task_GenerateDocument");
      pmDecides(false);
      assertThat(pi).isWaitingAt("Task_DraftRfp");
    }
    completeDraft(pi, 50_000, false, false);
    runJob(pi, "Task_GenerateDocument");
    pmDecides(true);
    assertThat(pi).isWaitingAt("Task_IssueToVendors");
    verifyJavaDelegateMock("generateRfpDocumentDelegate").executed(times(3));
    verifyTaskListenerMock("draftRfpTaskListener").executed(times(6));
  }

  @Test
  void aBudgetOverTheThresholdNeedsTheSponsorsProcurementReview() {
    ProcessInstance pi = approvedByPm(250_000, false, false);
    assertThat(pi).isWaitingAt("Task_AdditionalReview");
    assertThat(only("Task_AdditionalReview")).hasCandidateGroup("sponsor");
    tasks.complete(only("Task_AdditionalReview").getId(), Map.of("decision", "approve"));
    assertThat(pi).isWaitingAt("Task_IssueToVendors");
  }

  @Test
  void aRejectedProcurementReviewGoesBackToDrafting() {
    ProcessInstance pi = approvedByPm(250_000, false, false);
    rejectAs(only("Task_AdditionalReview"));
    assertThat(pi).isWaitingAt("Task_DraftRfp");
  }

  @Test
  void personalDataAndBudgetNeedTwoReviewsInParallelAndOneRejectionSendsItBack() {
    ProcessInstance pi = approvedByPm(250_000, true, true);
    List<Task> reviews = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_AdditionalReview").list();
    assertThat(reviews).hasSize(2);
    assertThat(reviews.stream().map(this::candidateGroup)).containsExactlyInAnyOrder("sponsor", "security");
    Task security = reviews.stream().filter(t -> candidateGroup(t).equals("security")).findFirst().orElseThrow();
    Task sponsor = reviews.stream().filter(t -> candidateGroup(t).equals("sponsor")).findFirst().orElseThrow();
    rejectAs(security);
    tasks.complete(sponsor.getId(), Map.of("decision", "approve"));
    assertThat(pi).isWaitingAt("Task_DraftRfp");
  }

  @Test
  void productionAccessAloneNeedsTheSecurityReview() {
    ProcessInstance pi = approvedByPm(10_000, false, true);
    assertThat(only("Task_AdditionalReview")).hasCandidateGroup("security");
    tasks.complete(only("Task_AdditionalReview").getId(), Map.of("decision", "approve"));
    assertThat(pi).isWaitingAt("Task_IssueToVendors");
  }

  @Test
  void theSecurityReviewsRejectionGoesBackToDrafting() {
    ProcessInstance pi = approvedByPm(10_000, true, false);
    assertThat(only("Task_AdditionalReview")).hasCandidateGroup("security");
    rejectAs(only("Task_AdditionalReview"));
    assertThat(pi).isWaitingAt("Task_DraftRfp");
  }

  @Test
  void theReminderMailsThePmAndTheReviewGoesOn() {
    ProcessInstance pi = start();
    completeDraft(pi, 50_000, false, false);
    runJob(pi, "Task_GenerateDocument");
    Job reminder = job(pi, "Event_PmReviewReminder");
    assertThat(reminder).isNotNull();
    management.executeJob(reminder.getId());
    verifyJavaDelegateMock("taskReminderDelegate").executed(times(1));
    assertThat(pi).isWaitingAt("Task_PmReview").hasPassed("Event_PmReminded");
  }

  @Test
  void aQuestionIsAnsweredByThePmoAndSentToAllVendors() {
    ProcessInstance pi = issued();
    runtime
        .createMessageCorrelation(RfpVariables.QUESTION_MESSAGE)
        .processInstanceId(pi.getId())
        .setVariablesLocal(Map.of(RfpVariables.QUESTION_ID, 7L))
        .correlateWithResult();
    Task answer = only("Task_AnswerQuestion");
    assertThat(answer).hasCandidateGroup("pmo");
    assertThat(tasks.getVariable(answer.getId(), RfpVariables.QUESTION_ID)).isEqualTo(7L);
    tasks.complete(answer.getId(), Map.of(RfpVariables.ANSWER, "Yes."));
    runJob(pi, "Task_BroadcastAnswer");
    verifyJavaDelegateMock("broadcastAnswerDelegate").executed(times(1));
    assertThat(pi).hasPassed("Event_QuestionAnswered").isWaitingAt("Event_QuestionDeadline");
  }

  @Test
  void noProposalsThePmExtendsTheDeadlineAndProposalsThenArrive() {
    proposalsAtDeadline(0, 1);
    ProcessInstance pi = issued();
    passDeadlines(pi);
    assertThat(pi).isWaitingAt("Task_DecideNoProposals");
    assertThat(only("Task_DecideNoProposals")).isAssignedTo("peter");
    assertThat(noCandidateGroup(only("Task_DecideNoProposals"))).isTrue();
    tasks.complete(
        only("Task_DecideNoProposals").getId(),
        Map.of(RfpVariables.NO_PROPOSALS_DECISION, "extend", RfpVariables.NEW_PROPOSAL_DEADLINE, "2030-01-31T12:00Z"));
    runJob(pi, "Task_ExtendDeadline");
    verifyJavaDelegateMock("extendProposalDeadlineDelegate").executed(times(1));
    assertThat(pi).isWaitingAt("Event_ProposalDeadline");
    runJob(pi, "Event_ProposalDeadline");
    assertThat(pi).isWaitingAt("Task_ScoreProposals");
  }

  @Test
  void noProposalsThePmCancels() {
    proposalsAtDeadline(0);
    ProcessInstance pi = issued();
    passDeadlines(pi);
    tasks.complete(
        only("Task_DecideNoProposals").getId(),
        Map.of(RfpVariables.NO_PROPOSALS_DECISION, "cancel", RfpVariables.CANCEL_REASON, "Budget withdrawn"));
    runJob(pi, "Task_CancelRfp");
    verifyJavaDelegateMock("cancelRfpDelegate").executed(times(1));
    assertThat(pi).isEnded().hasPassed("Event_RfpCancelled");
  }

  @Test
  void evaluatorsWhoDisagreeGoToModerationFirst() {
    evaluatorsDisagree(true);
    ProcessInstance pi = issued();
    passDeadlines(pi);
    scoreAll(pi);
    assertThat(pi).isWaitingAt("Task_ModerateScores");
    assertThat(only("Task_ModerateScores")).hasCandidateGroup("pmo");
    tasks.complete(only("Task_ModerateScores").getId(), Map.of(RfpVariables.MODERATION_NOTE, "Agreed after a call"));
    assertThat(pi).isWaitingAt("Task_Award");
  }

  @Test
  void theAwardToAnotherThanTheTopRankedCarriesItsJustification() {
    ProcessInstance pi = issued();
    passDeadlines(pi);
    scoreAll(pi);
    tasks.complete(
        only("Task_Award").getId(),
        Map.of(RfpVariables.AWARDED_VENDOR, "globex", RfpVariables.AWARD_JUSTIFICATION, "Acme cannot start in time"));
    runJob(pi, "Task_NotifyBidders");
    runJob(pi, "Task_HandOverToOnboarding");
    assertThat(pi).isEnded().hasPassed("Event_RfpAwarded");
  }

  @Test
  void eachEvaluatorGetsOwnScoringTask() {
    ProcessInstance pi = issued();
    passDeadlines(pi);
    List<Task> scoring = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ScoreProposals").list();
    assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrder("evan", "ella");
    assertThat(scoring).allSatisfy(t -> assertThat(tasks.getIdentityLinksForTask(t.getId()))
        .as("no candidate group widens a score sheet to the other evaluators")
        .noneMatch(link -> link.getGroupId() != null));
  }

  @Test
  void thePmReviewGoesToTheProjectsPmEvenIfTheInstanceSaysOtherwise() {
    ProcessInstance pi = start();
    completeDraft(pi, 50_000, false, false);
    runtime.setVariable(pi.getId(), RfpVariables.PROJECT_MANAGER, "paula");
    runJob(pi, "Task_GenerateDocument");
    assertThat(only("Task_PmReview")).as("the project table names peter").isAssignedTo("peter");
  }

  @Test
  void theAwardGoesToWhoeverThePmIsWhenItIsDue() {
    ProcessInstance pi = issued();
    runtime.setVariable(pi.getId(), RfpVariables.PROJECT_MANAGER, "paula");
    projectManagerIs("pia");
    passDeadlines(pi);
    scoreAll(pi);
    assertThat(only("Task_Award")).isAssignedTo("pia");
  }

  @Test
  void theScoreSheetsGoToTheDraftsEvaluatorsNotToAListSentWithATask() {
    ProcessInstance pi = issued();
    runtime.setVariable(pi.getId(), RfpVariables.EVALUATORS, new ArrayList<>(List.of("paula")));
    passDeadlines(pi);
    List<Task> scoring = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ScoreProposals").list();
    assertThat(scoring).extracting(Task::getAssignee).containsExactlyInAnyOrder("evan", "ella");
  }

  // --- steps ------------------------------------------------------------------------------

  private ProcessInstance start() {
    return runtime.startProcessInstanceByKey(
        RfpVariables.PROCESS_KEY,
        "rfp-1",
        Variables.createVariables()
            .putValue(RfpVariables.RFP_ID, 1L)
            .putValue(RfpVariables.PROJECT_ID, 1L)
            .putValue(RfpVariables.PROJECT_MANAGER, "peter")
            .putValue(RfpVariables.PM_REVIEW_REMINDER_WORKING_DAYS, 2));
  }

  private void completeDraft(ProcessInstance pi, double budget, boolean personalData, boolean productionAccess) {
    assertThat(pi).isWaitingAt("Task_DraftRfp");
    tasks.complete(
        only("Task_DraftRfp").getId(),
        withVariables(
            RfpVariables.BUDGET, budget,
            RfpVariables.PERSONAL_DATA, personalData,
            RfpVariables.PRODUCTION_ACCESS, productionAccess,
            RfpVariables.EVALUATORS, new ArrayList<>(List.of("evan", "ella")),
            RfpVariables.QUESTION_DEADLINE, "2030-01-10T12:00:00Z",
            RfpVariables.PROPOSAL_DEADLINE, "2030-01-20T12:00:00Z"));
  }

  private void pmDecides(boolean approved) {
    tasks.complete(only("Task_PmReview").getId(), Map.of(RfpVariables.PM_APPROVED, approved, RfpVariables.REVIEWS_REJECTED, false));
  }

  private ProcessInstance approvedByPm(double budget, boolean personalData, boolean productionAccess) {
    ProcessInstance pi = start();
    completeDraft(pi, budget, personalData, productionAccess);
    runJob(pi, "Task_GenerateDocument");
    pmDecides(true);
    return pi;
  }

  private ProcessInstance issued() {
    ProcessInstance pi = approvedByPm(50_000, false, false);
    runJob(pi, "Task_IssueToVendors");
    return pi;
  }

  /** What the additional review's listener does on a rejection. */
  private void rejectAs(Task review) {
    tasks.complete(review.getId(), Map.of("decision", "reject", RfpVariables.REVIEWS_REJECTED, true));
  }

  private void passDeadlines(ProcessInstance pi) {
    runJob(pi, "Event_QuestionDeadline");
    runJob(pi, "Event_ProposalDeadline");
  }

  private void scoreAll(ProcessInstance pi) {
    for (Task task : tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ScoreProposals").list()) {
      tasks.complete(task.getId(), Map.of(RfpVariables.NO_CONFLICT_OF_INTEREST, true));
    }
  }

  private void projectManagerIs(String userId) {
    Project project = mock(Project.class);
    when(project.getProjectManager()).thenReturn(userId);
    when(steps.project(7L)).thenReturn(project);
  }

  private void proposalsAtDeadline(int first, int... later) {
    var mock = registerJavaDelegateMock("closeProposalsDelegate");
    var laterMaps = java.util.Arrays.stream(later)
        .mapToObj(n -> Variables.createVariables().putValue(RfpVariables.PROPOSAL_COUNT, n))
        .toArray(org.camunda.bpm.engine.variable.VariableMap[]::new);
    mock.onExecutionSetVariables(Variables.createVariables().putValue(RfpVariables.PROPOSAL_COUNT, first), laterMaps);
  }

  private void evaluatorsDisagree(boolean disagree) {
    registerJavaDelegateMock("aggregateScoresDelegate")
        .onExecutionSetVariables(Variables.createVariables().putValue(RfpVariables.NEEDS_MODERATION, disagree));
  }

  private Task only(String taskKey) {
    return tasks.createTaskQuery().taskDefinitionKey(taskKey).singleResult();
  }

  /** A task for one named person: no candidate group widens it to the person's colleagues. */
  private boolean noCandidateGroup(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().noneMatch(link -> link.getGroupId() != null);
  }

  private String candidateGroup(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .findFirst()
        .orElseThrow();
  }

  private Job job(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private void runJob(ProcessInstance pi, String activityId) {
    Job job = job(pi, activityId);
    assertThat(job).as("a job at " + activityId).isNotNull();
    management.executeJob(job.getId());
  }
}

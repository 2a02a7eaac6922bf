package io.pmoflow.rfp.process;

import static io.pmoflow.rfp.RfpElements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pmoflow.calendar.PublicHolidays;
import io.pmoflow.calendar.WorkingDays;
import io.pmoflow.i18n.I18nSettings;
import io.pmoflow.rfp.RfpAward;
import io.pmoflow.rfp.RfpDrafting;
import io.pmoflow.rfp.RfpReviews;
import io.pmoflow.rfp.RfpScoring;
import io.pmoflow.rfp.RfpTendering;
import io.pmoflow.rfp.RfpVariables;
import io.pmoflow.support.ProcessDriver;
import io.pmoflow.support.ProcessTestEngine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through rfp-preparation: the real delegates and listeners of this package on mocks
 * of the RFP's steps, with the real routing decision.
 */
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

  static final long RFP = 1L;

  RfpDrafting drafting = mock(RfpDrafting.class);
  RfpReviews reviews = mock(RfpReviews.class);
  RfpTendering tendering = mock(RfpTendering.class);
  RfpScoring scoring = mock(RfpScoring.class);
  RfpAward award = mock(RfpAward.class);
  JavaDelegate reminder = mock(JavaDelegate.class);
  ProcessEngine engine;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    driver = new ProcessDriver(engine);
    Mocks.register("rfpRequestedListener", new RfpRequestedListener(drafting));
    Mocks.register("draftRfpTaskListener", new DraftRfpTaskListener(drafting));
    Mocks.register("generateDocumentDelegate", new GenerateDocumentDelegate(drafting));
    Mocks.register("pmReviewTaskListener", new PmReviewTaskListener(reviews));
    Mocks.register("routeReviewsListener", new RouteReviewsListener());
    Mocks.register("additionalReviewTaskListener", new AdditionalReviewTaskListener(reviews));
    Mocks.register("issueToVendorsDelegate", new IssueToVendorsDelegate(tendering));
    Mocks.register("answerQuestionTaskListener", new AnswerQuestionTaskListener(tendering));
    Mocks.register("broadcastAnswerDelegate", new BroadcastAnswerDelegate(tendering));
    Mocks.register("closeProposalsDelegate", new CloseProposalsDelegate(tendering));
    Mocks.register("decideNoProposalsTaskListener", new DecideNoProposalsTaskListener(tendering));
    Mocks.register("extendDeadlineDelegate", new ExtendDeadlineDelegate(tendering));
    Mocks.register("cancelRfpDelegate", new CancelRfpDelegate(tendering));
    Mocks.register("scoreProposalsTaskListener", new ScoreProposalsTaskListener(scoring));
    Mocks.register("aggregateScoresDelegate", new AggregateScoresDelegate(scoring));
    Mocks.register("moderateScoresTaskListener", new ModerateScoresTaskListener(scoring));
    Mocks.register("awardTaskListener", new AwardTaskListener(award));
    Mocks.register("notifyBiddersDelegate", new NotifyBiddersDelegate(award));
    Mocks.register("handOverToOnboardingDelegate", new HandOverToOnboardingDelegate(award));
    Mocks.register("rfpPeople", new RfpPeople(drafting));
    Mocks.register("taskReminderDelegate", reminder);
    Mocks.register("rfpReminders", new RfpReminders(
        new WorkingDays(Clock.systemUTC(), PublicHolidays.japan(Clock.systemUTC()), new I18nSettings(Locale.JAPANESE, null)), 2));

    projectManagerIs("peter");
    when(drafting.evaluators(RFP)).thenReturn(List.of("evan", "ella"));
    when(reviews.pmReviewed(anyLong(), any(), any(), any())).thenAnswer(call -> "approve".equals(call.getArgument(1)));
    when(reviews.additionalReview(anyLong(), any(), any(), any(), any()))
        .thenAnswer(call -> "approve".equals(call.getArgument(2)));
    when(tendering.decideNoProposals(any(), any(), any())).thenAnswer(call -> "extend".equals(call.getArgument(0)));
    when(tendering.extendDeadline(eq(RFP), any())).thenReturn("2030-01-31T12:00:00Z");
    proposalsAtDeadline(true);
    evaluatorsDisagree(false);
  }

  // --- paths ------------------------------------------------------------------------------

  @Test
  void straightApprovalRunsToTheAward() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(TASK_DRAFT_RFP);
    assertThat(driver.candidateGroups(driver.task(pi, TASK_DRAFT_RFP))).containsExactly("pmo");
    // every task says which RFP it is about
    assertThat(driver.task(pi, TASK_DRAFT_RFP).getName()).isEqualTo("Draft the RFP: RFP-1 Ticketing system");
    completeDraft(pi, 50_000, false, false);

    driver.runJobAt(pi, TASK_GENERATE_DOCUMENT);
    verify(drafting).generateDocument(RFP);
    assertThat(pi).isWaitingAt(TASK_PM_REVIEW);
    Task review = driver.task(pi, TASK_PM_REVIEW);
    assertThat(review).isAssignedTo("peter");
    assertThat(review.getName()).isEqualTo("Review the RFP: RFP-1 Ticketing system (PM)");
    assertThat(driver.candidateGroups(review)).isEmpty();
    pmDecides(true);
    verify(reviews).pmReviewed(RFP, "approve", "", "peter");

    assertThat(pi).variables()
        .containsEntry(RfpVariables.ADDITIONAL_REVIEW_GROUPS, List.of())
        .containsEntry(RfpVariables.ADDITIONAL_REVIEWS_NEEDED, false);
    driver.runJobAt(pi, TASK_ISSUE_TO_VENDORS);
    verify(tendering).issue(RFP);
    assertThat(pi).isWaitingAt(EVENT_QUESTION_DEADLINE);

    passDeadlines(pi);
    verify(tendering).closeProposals(RFP);
    assertThat(pi).isWaitingAt(TASK_SCORE_PROPOSALS);
    scoreAll(pi);
    verify(scoring).submitScores(eq(RFP), eq("evan"), eq(true), any());
    verify(scoring).submitScores(eq(RFP), eq("ella"), eq(true), any());
    verify(scoring).aggregate(RFP);
    assertThat(pi).isWaitingAt(TASK_AWARD);
    Task awardTask = driver.task(pi, TASK_AWARD);
    assertThat(awardTask).isAssignedTo("peter");
    assertThat(awardTask.getName()).isEqualTo("Award the RFP: RFP-1 Ticketing system");
    assertThat(driver.candidateGroups(awardTask)).isEmpty();
    driver.completeAs("peter", pi, TASK_AWARD, Map.of(RfpVariables.AWARDED_VENDOR, "acme"));
    verify(award).awardForm(RFP);
    verify(award).award(eq(RFP), eq("acme"), any(), eq("peter"));

    driver.runJobAt(pi, TASK_NOTIFY_BIDDERS);
    driver.runJobAt(pi, TASK_HAND_OVER_TO_ONBOARDING);
    verify(award).notifyBidders(RFP);
    verify(award).handOver(RFP);
    assertThat(pi).isEnded().hasPassed(EVENT_RFP_AWARDED).hasNotPassed(TASK_MODERATE_SCORES);
  }

  @Test
  void changesRequestedTwiceLoopBackToTheDraft() {
    ProcessInstance pi = start();
    for (int round = 1; round <= 2; round++) {
      completeDraft(pi, 50_000, false, false);
      driver.runJobAt(pi, TASK_GENERATE_DOCUMENT);
      pmDecides(false);
      assertThat(pi).isWaitingAt(TASK_DRAFT_RFP);
    }
    completeDraft(pi, 50_000, false, false);
    driver.runJobAt(pi, TASK_GENERATE_DOCUMENT);
    pmDecides(true);
    assertThat(pi).isWaitingAt(TASK_ISSUE_TO_VENDORS);
    verify(drafting, times(3)).generateDocument(RFP);
    verify(drafting, times(3)).draftForm(RFP);
    verify(drafting, times(3)).completeDraft(eq(RFP), any(), eq("paula"));
    verify(reviews, times(2)).pmReviewed(RFP, "reject", "Clarify the scope", "peter");
  }

  @Test
  void aBudgetOverTheThresholdNeedsTheSponsorsProcurementReview() {
    ProcessInstance pi = approvedByPm(250_000, false, false);
    assertThat(pi).isWaitingAt(TASK_ADDITIONAL_REVIEW);
    assertThat(driver.candidateGroups(driver.task(pi, TASK_ADDITIONAL_REVIEW))).containsExactly("sponsor");
    driver.completeAs("sam", pi, TASK_ADDITIONAL_REVIEW, Map.of("decision", "approve"));
    verify(reviews).additionalReview(RFP, "sponsor", "approve", "", "sam");
    assertThat(pi).isWaitingAt(TASK_ISSUE_TO_VENDORS);
  }

  @Test
  void aRejectedProcurementReviewGoesBackToDrafting() {
    ProcessInstance pi = approvedByPm(250_000, false, false);
    reject("sam", driver.task(pi, TASK_ADDITIONAL_REVIEW));
    assertThat(pi).isWaitingAt(TASK_DRAFT_RFP);
  }

  @Test
  void personalDataAndBudgetNeedTwoReviewsInParallelAndOneRejectionSendsItBack() {
    ProcessInstance pi = approvedByPm(250_000, true, true);
    List<Task> open = openTasks(pi, TASK_ADDITIONAL_REVIEW);
    assertThat(open).hasSize(2);
    assertThat(open.stream().map(this::candidateGroup)).containsExactlyInAnyOrder("sponsor", "security");
    Task security = open.stream().filter(t -> candidateGroup(t).equals("security")).findFirst().orElseThrow();
    Task sponsor = open.stream().filter(t -> candidateGroup(t).equals("sponsor")).findFirst().orElseThrow();
    reject("sid", security);
    completeAs("sam", sponsor, Map.of("decision", "approve"));
    assertThat(pi).isWaitingAt(TASK_DRAFT_RFP);
  }

  @Test
  void productionAccessAloneNeedsTheSecurityReview() {
    ProcessInstance pi = approvedByPm(10_000, false, true);
    assertThat(driver.candidateGroups(driver.task(pi, TASK_ADDITIONAL_REVIEW))).containsExactly("security");
    driver.completeAs("sid", pi, TASK_ADDITIONAL_REVIEW, Map.of("decision", "approve"));
    assertThat(pi).isWaitingAt(TASK_ISSUE_TO_VENDORS);
  }

  @Test
  void theSecurityReviewsRejectionGoesBackToDrafting() {
    ProcessInstance pi = approvedByPm(10_000, true, false);
    assertThat(driver.candidateGroups(driver.task(pi, TASK_ADDITIONAL_REVIEW))).containsExactly("security");
    reject("sid", driver.task(pi, TASK_ADDITIONAL_REVIEW));
    assertThat(pi).isWaitingAt(TASK_DRAFT_RFP);
  }

  @Test
  void theReminderMailsThePmAndTheReviewGoesOn() throws Exception {
    ProcessInstance pi = start();
    completeDraft(pi, 50_000, false, false);
    driver.runJobAt(pi, TASK_GENERATE_DOCUMENT);
    driver.fireTimer(pi, EVENT_PM_REVIEW_REMINDER);
    verify(reminder).execute(any());
    assertThat(pi).isWaitingAt(TASK_PM_REVIEW).hasPassed(EVENT_PM_REMINDED);
  }

  @Test
  void aQuestionIsAnsweredByThePmoAndSentToAllVendors() {
    ProcessInstance pi = issued();
    engine.getRuntimeService()
        .createMessageCorrelation(RfpVariables.QUESTION_MESSAGE)
        .processInstanceId(pi.getId())
        .setVariablesLocal(Map.of(RfpVariables.QUESTION_ID, 7L))
        .correlateWithResult();
    Task answer = driver.task(pi, TASK_ANSWER_QUESTION);
    assertThat(driver.candidateGroups(answer)).containsExactly("pmo");
    assertThat(engine.getTaskService().getVariable(answer.getId(), RfpVariables.QUESTION_ID)).isEqualTo(7L);
    verify(tendering).questionForm(7L);
    driver.completeAs("paula", pi, TASK_ANSWER_QUESTION, Map.of(RfpVariables.ANSWER, "Yes."));
    verify(tendering).answer(7L, "Yes.", "paula");
    driver.runJobAt(pi, TASK_BROADCAST_ANSWER);
    verify(tendering).broadcastAnswer(7L);
    assertThat(pi).hasPassed(EVENT_QUESTION_ANSWERED).isWaitingAt(EVENT_QUESTION_DEADLINE);
  }

  @Test
  void noProposalsThePmExtendsTheDeadlineAndProposalsThenArrive() {
    proposalsAtDeadline(false, true);
    ProcessInstance pi = issued();
    passDeadlines(pi);
    assertThat(pi).isWaitingAt(TASK_DECIDE_NO_PROPOSALS);
    Task decide = driver.task(pi, TASK_DECIDE_NO_PROPOSALS);
    assertThat(decide).isAssignedTo("peter");
    assertThat(driver.candidateGroups(decide)).isEmpty();
    driver.completeAs("peter", pi, TASK_DECIDE_NO_PROPOSALS,
        Map.of(RfpVariables.NO_PROPOSALS_DECISION, "extend", RfpVariables.NEW_PROPOSAL_DEADLINE, "2030-01-31T12:00Z"));
    verify(tendering).decideNoProposals("extend", "2030-01-31T12:00Z", null);
    driver.runJobAt(pi, TASK_EXTEND_DEADLINE);
    verify(tendering).extendDeadline(eq(RFP), any());
    assertThat(pi).isWaitingAt(EVENT_PROPOSAL_DEADLINE);
    driver.fireTimer(pi, EVENT_PROPOSAL_DEADLINE);
    assertThat(pi).isWaitingAt(TASK_SCORE_PROPOSALS);
  }

  @Test
  void noProposalsThePmCancels() {
    proposalsAtDeadline(false);
    ProcessInstance pi = issued();
    passDeadlines(pi);
    driver.completeAs("peter", pi, TASK_DECIDE_NO_PROPOSALS,
        Map.of(RfpVariables.NO_PROPOSALS_DECISION, "cancel", RfpVariables.CANCEL_REASON, "Budget withdrawn"));
    driver.runJobAt(pi, TASK_CANCEL_RFP);
    verify(tendering).cancel(RFP, "Budget withdrawn");
    verify(tendering, never()).extendDeadline(anyLong(), any());
    assertThat(pi).isEnded().hasPassed(EVENT_RFP_CANCELLED);
  }

  @Test
  void evaluatorsWhoDisagreeGoToModerationFirst() {
    evaluatorsDisagree(true);
    ProcessInstance pi = issued();
    passDeadlines(pi);
    scoreAll(pi);
    assertThat(pi).isWaitingAt(TASK_MODERATE_SCORES);
    assertThat(driver.candidateGroups(driver.task(pi, TASK_MODERATE_SCORES))).containsExactly("pmo");
    driver.completeAs("paula", pi, TASK_MODERATE_SCORES, Map.of(RfpVariables.MODERATION_NOTE, "Agreed after a call"));
    verify(scoring).moderate(RFP, "Agreed after a call", "paula");
    assertThat(pi).isWaitingAt(TASK_AWARD);
  }

  @Test
  void theAwardToAnotherThanTheTopRankedCarriesItsJustification() {
    ProcessInstance pi = issued();
    passDeadlines(pi);
    scoreAll(pi);
    driver.completeAs("peter", pi, TASK_AWARD,
        Map.of(RfpVariables.AWARDED_VENDOR, "globex", RfpVariables.AWARD_JUSTIFICATION, "Acme cannot start in time"));
    verify(award).award(RFP, "globex", "Acme cannot start in time", "peter");
    driver.runJobAt(pi, TASK_NOTIFY_BIDDERS);
    driver.runJobAt(pi, TASK_HAND_OVER_TO_ONBOARDING);
    assertThat(pi).isEnded().hasPassed(EVENT_RFP_AWARDED);
  }

  @Test
  void eachEvaluatorGetsOwnScoringTask() {
    ProcessInstance pi = issued();
    passDeadlines(pi);
    List<Task> scoringTasks = openTasks(pi, TASK_SCORE_PROPOSALS);
    assertThat(scoringTasks).extracting(Task::getAssignee).containsExactlyInAnyOrder("evan", "ella");
    assertThat(scoringTasks).allSatisfy(t -> assertThat(driver.candidateGroups(t))
        .as("no candidate group widens a score sheet to the other evaluators")
        .isEmpty());
    verify(scoring).scoreForm(RFP, "evan");
    verify(scoring).scoreForm(RFP, "ella");
  }

  /** A variable someone might set to steer the PM's tasks: the model never reads it. */
  static final String FORGED_PROJECT_MANAGER = "projectManager";

  @Test
  void thePmReviewGoesToTheProjectsPmEvenIfTheInstanceSaysOtherwise() {
    ProcessInstance pi = start();
    completeDraft(pi, 50_000, false, false);
    engine.getRuntimeService().setVariable(pi.getId(), FORGED_PROJECT_MANAGER, "paula");
    driver.runJobAt(pi, TASK_GENERATE_DOCUMENT);
    assertThat(driver.task(pi, TASK_PM_REVIEW)).as("the project table names peter").isAssignedTo("peter");
  }

  @Test
  void theAwardGoesToWhoeverThePmIsWhenItIsDue() {
    ProcessInstance pi = issued();
    engine.getRuntimeService().setVariable(pi.getId(), FORGED_PROJECT_MANAGER, "paula");
    projectManagerIs("pia");
    passDeadlines(pi);
    scoreAll(pi);
    assertThat(driver.task(pi, TASK_AWARD)).isAssignedTo("pia");
  }

  @Test
  void theScoreSheetsGoToTheDraftsEvaluatorsNotToAListSentWithATask() {
    ProcessInstance pi = issued();
    engine.getRuntimeService().setVariable(pi.getId(), RfpVariables.EVALUATORS, new ArrayList<>(List.of("paula")));
    passDeadlines(pi);
    assertThat(openTasks(pi, TASK_SCORE_PROPOSALS)).extracting(Task::getAssignee).containsExactlyInAnyOrder("evan", "ella");
  }

  // --- steps ------------------------------------------------------------------------------

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(
        RfpVariables.PROCESS_KEY,
        "RFP-1",
        Variables.createVariables()
            .putValue(RfpVariables.RFP_ID, RFP)
            .putValue(RfpVariables.CASE_LABEL, "RFP-1 Ticketing system")
            .putValue(RfpVariables.PROJECT_ID, 1L));
  }

  /** The PMO completes the draft; the drafting steps answer with what the reviews need. */
  private void completeDraft(ProcessInstance pi, double budget, boolean personalData, boolean productionAccess) {
    assertThat(pi).isWaitingAt(TASK_DRAFT_RFP);
    Map<String, Object> forReviews = new HashMap<>();
    forReviews.put(RfpVariables.BUDGET, budget);
    forReviews.put(RfpVariables.PERSONAL_DATA, personalData);
    forReviews.put(RfpVariables.PRODUCTION_ACCESS, productionAccess);
    forReviews.put(RfpVariables.EVALUATORS, new ArrayList<>(List.of("evan", "ella")));
    forReviews.put(RfpVariables.QUESTION_DEADLINE, "2030-01-10T12:00:00Z");
    forReviews.put(RfpVariables.PROPOSAL_DEADLINE, "2030-01-20T12:00:00Z");
    when(drafting.completeDraft(eq(RFP), any(), any())).thenReturn(forReviews);
    driver.completeAs("paula", pi, TASK_DRAFT_RFP, Map.of("title", "Ticketing system"));
  }

  private void pmDecides(boolean approved) {
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("RFP-1").singleResult();
    driver.completeAs("peter", pi, TASK_PM_REVIEW,
        approved ? Map.of("decision", "approve", "comments", "") : Map.of("decision", "reject", "comments", "Clarify the scope"));
  }

  private ProcessInstance approvedByPm(double budget, boolean personalData, boolean productionAccess) {
    ProcessInstance pi = start();
    completeDraft(pi, budget, personalData, productionAccess);
    driver.runJobAt(pi, TASK_GENERATE_DOCUMENT);
    pmDecides(true);
    return pi;
  }

  private ProcessInstance issued() {
    ProcessInstance pi = approvedByPm(50_000, false, false);
    driver.runJobAt(pi, TASK_ISSUE_TO_VENDORS);
    return pi;
  }

  private void reject(String reviewer, Task review) {
    completeAs(reviewer, review, Map.of("decision", "reject", "comments", "Not safe enough"));
  }

  private void passDeadlines(ProcessInstance pi) {
    driver.fireTimer(pi, EVENT_QUESTION_DEADLINE);
    driver.fireTimer(pi, EVENT_PROPOSAL_DEADLINE);
  }

  private void scoreAll(ProcessInstance pi) {
    for (Task task : openTasks(pi, TASK_SCORE_PROPOSALS)) {
      completeAs(task.getAssignee(), task, Map.of(RfpVariables.NO_CONFLICT_OF_INTEREST, true));
    }
  }

  private void projectManagerIs(String userId) {
    when(drafting.projectManager(RFP)).thenReturn(userId);
  }

  private void proposalsAtDeadline(boolean first, Boolean... later) {
    when(tendering.closeProposals(RFP)).thenReturn(first, later);
  }

  private void evaluatorsDisagree(boolean disagree) {
    when(scoring.aggregate(RFP)).thenReturn(disagree);
  }

  /** The open tasks of a multi-instance element, where {@link ProcessDriver#task} expects one. */
  private List<Task> openTasks(ProcessInstance pi, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
  }

  /** Completes one of a multi-instance element's tasks as the person. */
  private void completeAs(String userId, Task task, Map<String, Object> answers) {
    engine.getIdentityService().setAuthenticatedUserId(userId);
    try {
      engine.getTaskService().complete(task.getId(), answers);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String candidateGroup(Task task) {
    return driver.candidateGroups(task).get(0);
  }
}

package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.ToolEvaluationElements.EVENT_END_APPROACHING;
import static io.pmoflow.evaluation.ToolEvaluationElements.EVENT_END_DATE_REACHED;
import static io.pmoflow.evaluation.ToolEvaluationElements.EVENT_EVALUATION_CLOSED;
import static io.pmoflow.evaluation.ToolEvaluationElements.EVENT_REQUEST_REJECTED;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_APPROVE_EXTENSION;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_ENVIRONMENTS_IN_USE;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_INFRASTRUCTURE_APPROVAL;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_MODERATE_SCORES;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_PM_APPROVAL;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_PROVISION_ENVIRONMENTS;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_REVIEW_RECOMMENDATION;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_SEND_RECOMMENDATION;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_START_FOLLOW_UP;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_TEAR_DOWN_ENVIRONMENTS;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_TRY_CANDIDATE;
import static io.pmoflow.evaluation.ToolEvaluationElements.TASK_WRITE_RECOMMENDATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pmoflow.evaluation.EvaluationApprovals;
import io.pmoflow.evaluation.EvaluationExpiry;
import io.pmoflow.evaluation.EvaluationRecommendations;
import io.pmoflow.evaluation.EvaluationRequests;
import io.pmoflow.evaluation.EvaluationScoring;
import io.pmoflow.evaluation.EvaluationVariables;
import io.pmoflow.evaluation.SpecChangeDraft;
import io.pmoflow.support.ProcessDriver;
import io.pmoflow.support.ProcessTestEngine;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * Every path of tool-evaluation with the real environment-approval table and the real delegates and
 * listeners over mocks of the evaluation's steps: approval by rule, by the infrastructure owner, with
 * the PM for personal data, rejections; provisioning per candidate with an outage that a retry heals;
 * the trial with and without moderation; the recommendation sent back once; the environments'
 * reminder, extensions inside and outside the authority, and teardown on the end date or at once.
 */
@Deployment(
    resources = {
      "processes/tool-evaluation.bpmn",
      "processes/environment-approval.dmn",
      "forms/evaluation-start.form",
      "forms/evaluation-infrastructure-approval.form",
      "forms/evaluation-pm-approval.form",
      "forms/evaluation-extension-approval.form",
      "forms/evaluation-try-candidate.form",
      "forms/evaluation-moderation.form",
      "forms/evaluation-recommendation.form",
      "forms/evaluation-recommendation-review.form",
      "forms/evaluation-environments.form"
    })
class ToolEvaluationProcessTest {

  static final long ID = 7;
  static final long SHEET_EVAN = 71;
  static final long SHEET_ELLA = 72;

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestEngine.withCoverage();

  final EvaluationApprovals approvals = mock(EvaluationApprovals.class);
  final EvaluationScoring scoring = mock(EvaluationScoring.class);
  final EvaluationRecommendations recommendations = mock(EvaluationRecommendations.class);
  final EvaluationExpiry expiry = mock(EvaluationExpiry.class);
  /** The routes the decision table chose, in order, as "Record the approval route" got them. */
  final List<String> routes = new ArrayList<>();

  RuntimeService runtime;
  TaskService tasks;
  ManagementService management;
  ProcessDriver driver;

  @BeforeEach
  void registerDelegates() {
    ProcessEngine engine = extension.getProcessEngine();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    driver = new ProcessDriver(engine);
    Mocks.register("evaluationRequestedListener", new EvaluationRequestedListener(mock(EvaluationRequests.class)));
    Mocks.register("lookUpEvaluationDelegate", new LookUpEvaluationDelegate(approvals));
    Mocks.register("recordApprovalRouteDelegate", new RecordApprovalRouteDelegate(approvals));
    Mocks.register("infrastructureApprovalTaskListener", new InfrastructureApprovalTaskListener(approvals));
    Mocks.register("evaluationPmApprovalTaskListener", new EvaluationPmApprovalTaskListener(approvals));
    Mocks.register("provisionEnvironmentDelegate", new ProvisionEnvironmentDelegate(expiry));
    Mocks.register("tryCandidateTaskListener", new TryCandidateTaskListener(scoring));
    Mocks.register("compareScoresDelegate", new CompareScoresDelegate(scoring));
    Mocks.register("moderateTrialScoresTaskListener", new ModerateTrialScoresTaskListener(scoring));
    Mocks.register("writeRecommendationTaskListener", new WriteRecommendationTaskListener(recommendations));
    Mocks.register("sendRecommendationDelegate", new SendRecommendationDelegate(recommendations));
    Mocks.register("startFollowUpDelegate", new StartFollowUpDelegate(recommendations));
    Mocks.register("reviewRecommendationTaskListener", new ReviewRecommendationTaskListener(recommendations));
    Mocks.register("environmentsInUseTaskListener", new EnvironmentsInUseTaskListener(expiry));
    Mocks.register("remindEnvironmentsEndDelegate", new RemindEnvironmentsEndDelegate(expiry));
    Mocks.register("tearDownEnvironmentDelegate", new TearDownEnvironmentDelegate(expiry));
    Mocks.register("closeEvaluationDelegate", new CloseEvaluationDelegate(expiry));
    Mocks.register("evaluationPeople", new EvaluationPeople(approvals, scoring, expiry));

    when(approvals.projectManager(ID)).thenReturn("peter");
    when(approvals.route(eq(ID), anyString(), anyString())).thenAnswer(call -> {
      routes.add(call.getArgument(1));
      return "AUTO".equals(call.getArgument(1));
    });
    when(approvals.decideAsInfrastructure(eq(ID), anyBoolean(), any(), anyString()))
        .thenAnswer(call -> new EvaluationApprovals.Outcome(!(boolean) call.getArgument(1), (boolean) call.getArgument(1) && pmToo));
    when(approvals.decideAsPm(eq(ID), anyBoolean(), any(), anyString()))
        .thenAnswer(call -> new EvaluationApprovals.Outcome(!(boolean) call.getArgument(1), false));
    when(scoring.tester(SHEET_EVAN)).thenReturn("evan");
    when(scoring.tester(SHEET_ELLA)).thenReturn("ella");
    when(scoring.shown(anyLong(), any())).thenReturn(
        new EvaluationScoring.SheetShown("LakeView BI (lakeview)", "Ease of use (60%)\nSpeed (40%)", "Sales 2025 (sales)",
            "database ev7_lakeview, directory group ev7_lakeview", "Ease of use |  | \nSpeed |  | "));
    when(recommendations.answer(eq(ID), anyString(), anyBoolean(), any(), any(), any())).thenAnswer(call -> !(boolean) call.getArgument(2));
    when(recommendations.specSections(ID)).thenReturn(List.of(Map.of("label", "REP-1: Monthly sales report", "value", "REP-1")));
    when(expiry.until(ID)).thenReturn("2026-12-20");
    // the environments end in ten days; the reminder three days before
    when(expiry.endAt(ID)).thenReturn(Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
    when(expiry.reminderAt(ID)).thenReturn(Date.from(Instant.now().plus(7, ChronoUnit.DAYS)));
  }

  boolean pmToo;

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  static <T> T any() {
    return org.mockito.ArgumentMatchers.any();
  }

  /** The facts of a request: small, short and without sensitive data unless changed. */
  Map<String, Object> facts(boolean personalData, boolean productionCopy, int days, long rows, double cost) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(EvaluationVariables.PERSONAL_DATA, personalData);
    facts.put(EvaluationVariables.PRODUCTION_COPY, productionCopy);
    facts.put(EvaluationVariables.DAYS, days);
    facts.put(EvaluationVariables.ROWS, rows);
    facts.put(EvaluationVariables.TRIAL_COST, cost);
    return facts;
  }

  ProcessInstance start() {
    return runtime.startProcessInstanceByKey(EvaluationVariables.PROCESS_KEY, "EV-7", Map.of(
        EvaluationVariables.EVALUATION_ID, ID,
        EvaluationVariables.CASE_LABEL, "EV-7: Which BI tool?",
        EvaluationVariables.CANDIDATE_CODES, List.of("lakeview", "tablo"),
        EvaluationVariables.SHEET_IDS, List.of(SHEET_EVAN, SHEET_ELLA)));
  }

  /** Approved by the rule: provisioned per candidate, tried, recommended, accepted, ended early, torn down, closed. */
  @Test
  void insideTheAuthorityTheWholeWayToTeardown() {
    when(approvals.facts(ID)).thenReturn(facts(false, false, 20, 50_000, 160_000));
    ProcessInstance instance = start();
    assertThat(routes).containsExactly("AUTO");

    provisionEveryCandidate(instance);
    verify(expiry).provision(ID, "lakeview");
    verify(expiry).provision(ID, "tablo");

    tryAsTesters(instance);
    verify(scoring).submit(eq(SHEET_EVAN), eq("evan"), any());
    verify(scoring).submit(eq(SHEET_ELLA), eq("ella"), any());

    recommendAndAnswer(instance, "accept");
    verify(recommendations).send(ID);
    driver.runJobAt(instance, TASK_START_FOLLOW_UP);
    verify(recommendations).startFollowUp(ID);

    assertThat(driver.task(instance, TASK_ENVIRONMENTS_IN_USE).getAssignee()).isEqualTo("peter");
    driver.completeAs("peter", instance, TASK_ENVIRONMENTS_IN_USE, Map.of("decision", "end"));
    verify(expiry).endNow(ID, "peter");
    tearDownEveryCandidate(instance);
    assertThat(instance).isEnded().hasPassed(EVENT_EVALUATION_CLOSED);
    verify(expiry).close(ID);
  }

  /**
   * Accepting with a spec change: the PM's form offers the project's sections, and what the PM wrote
   * for the change goes with the answer (the change is requested with it); the typed text is not kept.
   */
  @Test
  void acceptingWithASpecChangeHandsTheChangeToTheAnswer() {
    when(approvals.facts(ID)).thenReturn(facts(false, false, 20, 50_000, 160_000));
    ProcessInstance instance = start();
    provisionEveryCandidate(instance);
    tryAsTesters(instance);
    driver.completeAs("paula", instance, TASK_WRITE_RECOMMENDATION,
        Map.of("recommendedCandidate", "lakeview", "recommendation", "fits the sales data", "risks", "licence per user"));
    driver.runJobAt(instance, TASK_SEND_RECOMMENDATION);
    Task review = driver.task(instance, TASK_REVIEW_RECOMMENDATION);
    assertThat(String.valueOf(tasks.getVariableLocal(review.getId(), "specSections"))).contains("REP-1: Monthly sales report");

    driver.completeAs("peter", instance, TASK_REVIEW_RECOMMENDATION, Map.of("decision", "accept", "followUp", "spec-change",
        "changeSection", "REP-1", "changeTitle", "Reports move to LakeView", "changeText", "Monthly reports are built in LakeView BI.",
        "reason", "sales asked for it"));
    verify(recommendations).answer(ID, "peter", true, "sales asked for it", "spec-change",
        new SpecChangeDraft("Reports move to LakeView", "REP-1", "Monthly reports are built in LakeView BI."));
    assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("changeSection", "changeTitle", "changeText");
    driver.runJobAt(instance, TASK_START_FOLLOW_UP);
    verify(recommendations).startFollowUp(ID);
    assertThat(driver.task(instance, TASK_ENVIRONMENTS_IN_USE).getAssignee()).isEqualTo("peter");
  }

  /** Personal data: the infrastructure owner and then the project's PM approve before anything is made. */
  @Test
  void personalDataNeedsTheInfrastructureOwnerAndThePm() {
    pmToo = true;
    when(approvals.facts(ID)).thenReturn(facts(true, false, 20, 50_000, 160_000));
    ProcessInstance instance = start();
    assertThat(routes).containsExactly("INFRASTRUCTURE_AND_PM");
    Task approval = driver.task(instance, TASK_INFRASTRUCTURE_APPROVAL);
    assertThat(driver.candidateGroups(approval)).containsExactly("infrastructure");
    driver.completeAs("ines", instance, TASK_INFRASTRUCTURE_APPROVAL, Map.of("decision", "approve", "reason", "masked"));
    verify(approvals).decideAsInfrastructure(ID, true, "masked", "ines");

    assertThat(driver.task(instance, TASK_PM_APPROVAL).getAssignee()).isEqualTo("peter");
    driver.completeAs("peter", instance, TASK_PM_APPROVAL, Map.of("decision", "approve"));
    verify(approvals).decideAsPm(ID, true, null, "peter");
    provisionEveryCandidate(instance);
    assertThat(instance).isWaitingAt(TASK_TRY_CANDIDATE, TASK_ENVIRONMENTS_IN_USE);
  }

  @Test
  void theInfrastructureOwnerRejectsAProductionCopy() {
    when(approvals.facts(ID)).thenReturn(facts(false, true, 20, 50_000, 160_000));
    ProcessInstance instance = start();
    assertThat(routes).containsExactly("INFRASTRUCTURE");
    driver.completeAs("ines", instance, TASK_INFRASTRUCTURE_APPROVAL, Map.of("decision", "reject", "reason", "use the test copy"));
    assertThat(instance).isEnded().hasPassed(EVENT_REQUEST_REJECTED);
    verify(expiry, never()).provision(anyLong(), anyString());
  }

  @Test
  void thePmRejectsPersonalData() {
    pmToo = true;
    when(approvals.facts(ID)).thenReturn(facts(true, false, 20, 50_000, 160_000));
    ProcessInstance instance = start();
    driver.completeAs("ines", instance, TASK_INFRASTRUCTURE_APPROVAL, Map.of("decision", "approve"));
    driver.completeAs("peter", instance, TASK_PM_APPROVAL, Map.of("decision", "reject", "reason", "no customer data"));
    assertThat(instance).isEnded().hasPassed(EVENT_REQUEST_REJECTED);
    verify(expiry, never()).provision(anyLong(), anyString());
  }

  /** Longer than 30 days, more than a million rows, or costly: each is the infrastructure owner's. */
  @Test
  void sizeDurationAndCostLeaveTheAuthority() {
    when(approvals.facts(ID)).thenReturn(
        facts(false, false, 31, 50_000, 160_000), facts(false, false, 20, 1_000_001, 160_000), facts(false, false, 20, 50_000, 500_001));
    start();
    start();
    start();
    assertThat(routes).containsExactly("INFRASTRUCTURE", "INFRASTRUCTURE", "INFRASTRUCTURE");
  }

  /** An outage of the evaluation server: retried, then an incident; the operator's retry makes the environment. */
  @Test
  void aProvisioningOutageIsAnIncidentThatARetryHeals() {
    when(approvals.facts(ID)).thenReturn(facts(false, false, 20, 50_000, 160_000));
    doThrow(new IllegalStateException("evaluation database server unreachable")).when(expiry).provision(ID, "lakeview");
    ProcessInstance instance = start();
    Job job = driver.jobAt(instance, TASK_PROVISION_ENVIRONMENTS);
    management.setJobRetries(job.getId(), 1);
    try {
      management.executeJob(job.getId());
    } catch (IllegalStateException expected) {
      // recorded on the job
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).activityId(TASK_PROVISION_ENVIRONMENTS).count())
        .isEqualTo(1);

    reset(expiry);
    when(expiry.endAt(ID)).thenReturn(Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
    when(expiry.reminderAt(ID)).thenReturn(Date.from(Instant.now().plus(7, ChronoUnit.DAYS)));
    management.setJobRetries(job.getId(), 1);
    provisionEveryCandidate(instance);
    assertThat(runtime.createIncidentQuery().count()).isZero();
    verify(expiry).provision(ID, "lakeview");
    assertThat(instance).isWaitingAt(TASK_TRY_CANDIDATE, TASK_ENVIRONMENTS_IN_USE);
  }

  /** Testers far apart: the PMO moderates; the PM asks for more once, then accepts. */
  @Test
  void disagreementIsModeratedAndThePmAsksForMoreOnce() {
    when(approvals.facts(ID)).thenReturn(facts(false, false, 20, 50_000, 160_000));
    when(scoring.compare(ID)).thenReturn(true);
    when(scoring.disagreements(ID)).thenReturn("lakeview | Speed | evan | 1 | slow\nlakeview | Speed | ella | 5 | fast");
    ProcessInstance instance = start();
    provisionEveryCandidate(instance);
    tryAsTesters(instance);

    Task moderation = driver.task(instance, TASK_MODERATE_SCORES);
    assertThat(driver.candidateGroups(moderation)).containsExactly("pmo");
    driver.completeAs("paula", instance, TASK_MODERATE_SCORES, Map.of("reason", "evan used the laptop on Wi-Fi"));
    verify(scoring).moderate(ID, "paula", "evan used the laptop on Wi-Fi");

    recommendAndAnswer(instance, "more");
    recommendAndAnswer(instance, "accept");
    verify(recommendations, times(2)).send(ID);
    verify(recommendations).answer(eq(ID), eq("peter"), eq(false), any(), any(), any());
    assertThat(instance).isWaitingAt(TASK_ENVIRONMENTS_IN_USE);
  }

  /** The reminder, an extension inside the authority, one outside it, then the end date removes everything. */
  @Test
  void remindedExtendedTwiceThenTornDownOnTheEndDate() {
    when(approvals.facts(ID)).thenReturn(
        facts(false, false, 20, 50_000, 160_000), facts(false, false, 25, 50_000, 160_000), facts(false, false, 45, 50_000, 160_000));
    ProcessInstance instance = start();
    provisionEveryCandidate(instance);

    driver.fireTimer(instance, EVENT_END_APPROACHING);
    verify(expiry).remind(ID);
    assertThat(instance).isWaitingAt(TASK_ENVIRONMENTS_IN_USE);

    driver.completeAs("peter", instance, TASK_ENVIRONMENTS_IN_USE, Map.of("decision", "extend", "extendUntil", "2026-12-25"));
    verify(expiry).requestExtension(ID, "peter", "2026-12-25");
    assertThat(routes).containsExactly("AUTO", "AUTO");

    driver.completeAs("peter", instance, TASK_ENVIRONMENTS_IN_USE, Map.of("decision", "extend", "extendUntil", "2027-01-15"));
    assertThat(routes).containsExactly("AUTO", "AUTO", "INFRASTRUCTURE");
    assertThat(driver.candidateGroups(driver.task(instance, TASK_APPROVE_EXTENSION))).containsExactly("infrastructure");
    driver.completeAs("ines", instance, TASK_APPROVE_EXTENSION, Map.of("decision", "approve", "reason", "budget ok"));
    verify(approvals).decideAsInfrastructure(ID, true, "budget ok", "ines");

    driver.fireTimer(instance, EVENT_END_DATE_REACHED);
    tearDownEveryCandidate(instance);
    verify(expiry).tearDown(ID, "lakeview");
    verify(expiry).tearDown(ID, "tablo");
    // the trial goes on; the evaluation closes once the PM has answered
    assertThat(instance).isWaitingAt(TASK_TRY_CANDIDATE);
    verify(expiry, never()).close(anyLong());
    verify(expiry, never()).endNow(anyLong(), isNull());
  }

  private void provisionEveryCandidate(ProcessInstance instance) {
    driver.runJobAt(instance, TASK_PROVISION_ENVIRONMENTS);
    driver.runJobAt(instance, TASK_PROVISION_ENVIRONMENTS);
  }

  private void tearDownEveryCandidate(ProcessInstance instance) {
    driver.runJobAt(instance, TASK_TEAR_DOWN_ENVIRONMENTS);
    driver.runJobAt(instance, TASK_TEAR_DOWN_ENVIRONMENTS);
  }

  private void tryAsTesters(ProcessInstance instance) {
    List<Task> sheets = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_TRY_CANDIDATE).list();
    assertThat(sheets).extracting(Task::getAssignee).containsExactlyInAnyOrder("evan", "ella");
    assertThat(tasks.getVariableLocal(sheets.get(0).getId(), "environment")).asString().contains("ev7_lakeview").doesNotContain("password");
    for (Task sheet : sheets) {
      extension.getProcessEngine().getIdentityService().setAuthenticatedUserId(sheet.getAssignee());
      try {
        tasks.complete(sheet.getId(), Map.of("scoreSheet", "Ease of use | 4 | fine\nSpeed | 3 | ok"));
      } finally {
        extension.getProcessEngine().getIdentityService().clearAuthentication();
      }
    }
  }

  private void recommendAndAnswer(ProcessInstance instance, String answer) {
    assertThat(driver.candidateGroups(driver.task(instance, TASK_WRITE_RECOMMENDATION))).containsExactly("pmo");
    driver.completeAs("paula", instance, TASK_WRITE_RECOMMENDATION,
        Map.of("recommendedCandidate", "lakeview", "recommendation", "fits the sales data", "risks", "licence per user"));
    driver.runJobAt(instance, TASK_SEND_RECOMMENDATION);
    assertThat(driver.task(instance, TASK_REVIEW_RECOMMENDATION).getAssignee()).isEqualTo("peter");
    driver.completeAs("peter", instance, TASK_REVIEW_RECOMMENDATION,
        "more".equals(answer) ? Map.of("decision", "more", "reason", "what about cost?") : Map.of("decision", "accept", "followUp", "rfp"));
  }
}

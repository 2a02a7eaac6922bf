package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.pmoflow.onboarding.AccessReconciliationElements;
import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.onboarding.VendorOnboardingElements;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.specchange.SpecChangeElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.TaskAttacks;
import io.pmoflow.support.TestUsers;
import io.pmoflow.support.Vendors;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import io.pmoflow.evaluation.EnvironmentReconciliationElements;
import io.pmoflow.evaluation.EvaluationVariables;
import io.pmoflow.evaluation.ToolEvaluationElements;
import io.pmoflow.evaluation.environment.EvaluationEnvironments;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 9's generic check: every user task of every model in processes/ is brought to life in a
 * real case (domain data made through the application API by the people who make it) and attacked
 * with {@link TaskAttacks} by the person who would really do it: a completion with a variable outside
 * the form is refused and changes nothing, a non-candidate is refused, and on a one-person task
 * another member of that person's group is refused. The last test fails when a model gains a user
 * task that no test here reaches.
 *
 * <p>Cases go their natural path where it is short. Where it is not, an administrator moves the case
 * with Camunda's process-instance modification, as an operator would in Cockpit (cancel where it
 * waits, start before the task), with the case's real variables and all listeners running.
 */
@PostgresIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({"rawtypes", "unchecked"})
class EveryUserTaskIsGuardedIT {

  /** "process-key Task_Id" of tasks this test deliberately does not attack, with the reason. */
  static final Map<String, String> UNREACHABLE = Map.of();

  /** "process-key Task_Id" of every task attacked here, over all test methods. */
  static final Set<String> ATTACKED = new ConcurrentSkipListSet<>();

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired InMemoryDirectoryServer ldap;
  @Autowired ObjectMapper json;
  @Autowired EvaluationEnvironments environments;

  final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100000, 999999));
  /** A second project manager: the one-person PM tasks are not theirs. */
  String otherPm;

  @BeforeEach
  void aSecondProjectManager() {
    otherPm = TestUsers.ensure(identity, "pm" + suffix, "Other", "Manager", "pm");
    // the login works: a refusal below is about the task, not a failed authentication
    assertThat(Api.as(http, otherPm).getForEntity("/engine-rest/task/count", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  // ---- spec-change-approval ---------------------------------------------------------------

  @Test
  @Order(1)
  void specChangeThroughQuestionVendorBoardAndSponsor() {
    long projectId = specifiedProject();
    String pi = submitChange("peter", projectId, "UI-LOGIN", "User name\nPassword\nOne-time code\nLogin button", "acme");

    // the form shows the question only for "incomplete": then it must be asked, on every route
    refusedAs("paula", task(pi, SpecChangeElements.TASK_TRIAGE), Map.of("triageOutcome", "incomplete", "question", " "),
        "Question to the requester: needed for the choice you made");
    work("paula", task(pi, SpecChangeElements.TASK_TRIAGE),
        Map.of("triageOutcome", "incomplete", "question", "Which users need the code?"));
    work("peter", task(pi, SpecChangeElements.TASK_ANSWER_QUESTION), Map.of("answer", "All external users"));
    runJobs(pi);
    work("paula", task(pi, SpecChangeElements.TASK_TRIAGE),
        Map.of("triageOutcome", "complete", "changeType", "normal", "needsVendorEstimate", true, "comment", "clear now"));
    work("victor", task(pi, SpecChangeElements.TASK_VENDOR_ESTIMATE), Map.of("vendorEffortDays", 30, "vendorCost", 55000));
    work("paula", task(pi, SpecChangeElements.TASK_IMPACT_ANALYSIS),
        Map.of("effortDays", 40, "cost", 60000, "delayDays", 0, "risk", "high", "contractChange", true));
    runJobs(pi);
    for (String member : List.of("carla", "colin")) {
      Task ballot = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(SpecChangeElements.TASK_BOARD_VOTE)
          .taskAssignee(member).singleResult();
      assertThat(ballot).as(member + "'s ballot").isNotNull();
      work(member, ballot, Map.of("vote", "approve", "comment", member + " agrees"));
    }
    runJobs(pi);
    work("sophia", task(pi, SpecChangeElements.TASK_SPONSOR_APPROVAL),
        Map.of("sponsorDecision", "approved", "comment", "Worth the money"));
    runJobs(pi);
    work("paula", task(pi, SpecChangeElements.TASK_CONTRACT_AMENDMENT), Map.of("amendmentReference", "AM-" + suffix));
    runJobs(pi);
    work("paula", task(pi, SpecChangeElements.TASK_REVERIFY_MANUAL), Map.of("screenshotsRetaken", true, "stepsMatch", true));
    runJobs(pi);
    // four eyes: another PMO member than the one who re-verified approves the re-verification
    work("pia", task(pi, SpecChangeElements.TASK_APPROVE_REVERIFICATION), Map.of("reverificationAccepted", true));
  }

  @Test
  @Order(2)
  void specChangeSmallEnoughForTheProjectManager() {
    long projectId = specifiedProject();
    // asked for by the PMO: the project's PM approves (a change the PM asked for goes to the sponsors)
    String pi = submitChange("paula", projectId, "FUN-ORDER", "Enter an order\nConfirm it\nCancel it", null);
    work("paula", task(pi, SpecChangeElements.TASK_TRIAGE),
        Map.of("triageOutcome", "complete", "changeType", "normal", "needsVendorEstimate", false));
    work("paula", task(pi, SpecChangeElements.TASK_IMPACT_ANALYSIS),
        Map.of("effortDays", 2, "cost", 3000, "delayDays", 0, "risk", "low", "contractChange", false));
    runJobs(pi);
    Task approval = task(pi, SpecChangeElements.TASK_PM_APPROVAL);
    assertThat(approval.getAssignee()).isEqualTo("peter");
    work("peter", approval, Map.of("pmDecision", "approved", "comment", "Small and useful"));
  }

  @Test
  @Order(3)
  void emergencySpecChange() {
    long projectId = specifiedProject();
    String pi = submitChange("paula", projectId, "FUN-ORDER", "Enter an order\nConfirm it at once", null);
    work("paula", task(pi, SpecChangeElements.TASK_TRIAGE), Map.of("triageOutcome", "complete", "changeType", "emergency"));
    runJobs(pi);
    work("peter", task(pi, SpecChangeElements.TASK_PM_EMERGENCY_APPROVAL),
        Map.of("emergencyDecision", "approved", "comment", "Orders are failing"));
    runJobs(pi);
    work("carla", task(pi, SpecChangeElements.TASK_EMERGENCY_BOARD_REVIEW),
        Map.of("boardReview", "keep", "comment", "It was needed"));
  }

  // ---- rfp-preparation ---------------------------------------------------------------------

  @Test
  @Order(4)
  void rfpWithSecurityReviewDisagreeingEvaluatorsAndNoProposalsDecision() throws Exception {
    long projectId = Projects.create(http, "EVT-" + suffix, "CRM " + suffix, 50000, "2030-03-01", "2030-12-31");
    Instant questions = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    Map<String, Object> draft = RfpDraftFixture.body(projectId, "Customer relationship system " + suffix, 60, questions,
        questions.plus(1, ChronoUnit.DAYS), "bids-" + suffix + "@acme.example", "offers-" + suffix + "@globex.example");
    draft.put("personalData", true); // the routing table then asks security to review
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", draft, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long rfpId = ((Number) created.getBody().get("id")).longValue();
    String pi = (String) created.getBody().get("processInstanceId");

    work("paula", task(pi, RfpElements.TASK_DRAFT_RFP), Map.of());
    runJobs(pi);
    work("peter", task(pi, RfpElements.TASK_PM_REVIEW), Map.of("decision", "approve", "comments", "Fine"));
    runJobs(pi);
    work("sam", task(pi, RfpElements.TASK_ADDITIONAL_REVIEW), Map.of("decision", "approve", "comments", "Data stays in the EU"));
    runJobs(pi);

    assertThat(Api.as(http, "victor").postForEntity("/api/rfps/" + rfpId + "/questions",
        Map.of("question", "May we propose a cloud service?"), Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    work("paula", task(pi, RfpElements.TASK_ANSWER_QUESTION), Map.of("answer", "Yes, hosted in the EU."));
    runJobs(pi);

    assertThat(propose("wendy", rfpId, "90000").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(Api.as(http, "victor").postForEntity("/api/rfps/" + rfpId + "/intent", Map.of("bid", true), Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(propose("victor", rfpId, "100000").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    runJobAt(pi, RfpElements.EVENT_QUESTION_DEADLINE);
    runJobAt(pi, RfpElements.EVENT_PROPOSAL_DEADLINE);
    runJobs(pi);

    // evan rates acme best, ella worst: the evaluators disagree and the PMO moderates
    score("evan", pi, Map.of("acme", 10, "globex", 4));
    score("ella", pi, Map.of("acme", 0, "globex", 4));
    runJobs(pi);
    work("paula", task(pi, RfpElements.TASK_MODERATE_SCORES),
        Map.of("moderationNote", "Discussed with both evaluators; acme's approach fits best"));
    runJobs(pi);
    Task award = task(pi, RfpElements.TASK_AWARD);
    assertThat(award.getAssignee()).isEqualTo("peter");
    attack("peter", award, Map.of("awardedVendor", "acme"));

    // "no proposals" needs deadlines in the past: an operator moves this case there instead
    moveAsOperator(pi, RfpElements.TASK_AWARD, RfpElements.TASK_DECIDE_NO_PROPOSALS);
    Task decide = task(pi, RfpElements.TASK_DECIDE_NO_PROPOSALS);
    assertThat(decide.getAssignee()).isEqualTo("peter");
    attack("peter", decide, Map.of("noProposalsDecision", "cancel", "cancelReason", "Budget withdrawn"));
  }

  // ---- vendor-onboarding and vendor-member-onboarding ----------------------------------------

  @Test
  @Order(5)
  void criticalAccessForAMemberOfAVendorWithoutNda() {
    String code = "e" + suffix;
    long vendorId = Vendors.register(http, Vendors.registration(code, false, LocalDate.now().plusMonths(6)));
    String pi = Vendors.startOnboarding(http, vendorId, Vendors.member("Olga Ops", "olga@" + code + ".example",
        "Operator", "EMPLOYEE", Vendors.access("prod-logs", "reader", "Incident analysis")));
    runJobs(pi);
    work("paula", task(pi, VendorOnboardingElements.TASK_COLLECT_NDA), Map.of("ndaReceived", true));
    runJobs(pi);
    // a rejection needs its reason, also sent as a boolean over REST
    refusedAs("sam", task(pi, MemberOnboardingElements.TASK_SECURITY_APPROVAL), Map.of("approved", false),
        "Reason: needed for the choice you made");
    work("sam", task(pi, MemberOnboardingElements.TASK_SECURITY_APPROVAL),
        Map.of("approved", true, "approvalReason", "Needed for incident analysis"));
    runJobs(pi);
    Task pm = task(pi, MemberOnboardingElements.TASK_PM_APPROVAL);
    assertThat(pm.getAssignee()).as("the vendor's sponsor").isEqualTo("peter");
    work("peter", pm, Map.of("approved", true, "approvalReason", "Olga runs our incident reviews"));
  }

  @Test
  @Order(6)
  void overdueSecurityApprovalGoesToTheFallbackAndAFailedProvisioningToThePmo() {
    String code = "f" + suffix;
    long vendorId = Vendors.register(http, Vendors.registration(code, true, LocalDate.now().plusMonths(6)));
    String pi = Vendors.startOnboarding(http, vendorId, Vendors.member("Vic Vpn", "vic@" + code + ".example",
        "Developer", "EMPLOYEE", Vendors.access("vpn", "user", "Remote work")));
    runJobs(pi);
    Task security = task(pi, MemberOnboardingElements.TASK_SECURITY_APPROVAL);
    attack("sam", security, Map.of("approved", true, "approvalReason", "Remote work agreed"));
    Job overdue = management.createJobQuery().processInstanceId(security.getProcessInstanceId())
        .activityId(MemberOnboardingElements.EVENT_APPROVAL_OVERDUE).timers().singleResult();
    assertThat(overdue).as("approval overdue timer").isNotNull();
    management.executeJob(overdue.getId());

    Task fallback = task(pi, MemberOnboardingElements.TASK_FALLBACK_APPROVAL);
    assertThat(candidateGroups(fallback)).containsExactly("pmo-admin");
    // only administrators hold this task, and the guard does not hold administrators; what is left to
    // check is that nobody else can do it
    ATTACKED.add(key(fallback));
    noOneElseMay(fallback, Map.of("approved", true, "approvalReason", "Security is away; agreed"));
    submitAs("demo", fallback, Map.of("approved", true, "approvalReason", "Security is away; agreed"));

    // the directory refusing an account needs a broken directory: an operator moves the member's
    // case from "create the account" to the PMO's repair task instead
    String member = fallback.getProcessInstanceId();
    assertThat(management.createJobQuery().processInstanceId(member).activityId(MemberOnboardingElements.TASK_CREATE_ACCOUNT)
        .count()).isEqualTo(1);
    moveAsOperator(member, MemberOnboardingElements.TASK_CREATE_ACCOUNT, MemberOnboardingElements.TASK_FIX_PROVISIONING);
    work("paula", task(pi, MemberOnboardingElements.TASK_FIX_PROVISIONING), Map.of("provisioningAction", "giveUp"));
  }

  // ---- access-reconciliation -----------------------------------------------------------------

  @Test
  @Order(7)
  void reconciliationWithAPlantedOrphan() throws Exception {
    String orphan = "orphan-" + suffix;
    ldap.add("dn: uid=" + orphan + ",ou=people,dc=pmoflow,dc=example", "objectClass: inetOrgPerson", "uid: " + orphan,
        "cn: Left Over", "sn: Over", "mail: " + orphan + "@old.example", "employeeType: vendor");
    ResponseEntity<Map> started = Api.as(http, "sam").postForEntity("/api/access-reconciliations", null, Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String pi = (String) started.getBody().get("processInstanceId");
    runJobs(pi);
    work("sam", task(pi, AccessReconciliationElements.TASK_REVIEW_ORPHANS),
        Map.of("reviewNote", "Left over from an old contract; removed by hand"));
  }

  // ---- tool-evaluation and environment-reconciliation --------------------------------------

  @Test
  @Order(8)
  void toolEvaluationThroughEveryApprovalModerationAndAnExtension() {
    long projectId = Projects.create(http, "TE" + suffix, "Data platform " + suffix, 3_000_000, "2027-01-04", "2027-06-30");
    Map<String, Object> request = new java.util.HashMap<>();
    request.put("projectId", projectId);
    request.put("question", "Which BI tool fits?");
    request.put("candidates", List.of(Map.of("code", "lakeview", "name", "LakeView BI", "monthlyCost", 120000),
        Map.of("code", "tablo", "name", "Tablo Cloud", "monthlyCost", 90000)));
    request.put("criteria", List.of(Map.of("name", "Ease of use", "weight", 100)));
    request.put("testers", List.of("evan", "ella"));
    request.put("dataSet", "department-sales");
    request.put("environmentsUntil", LocalDate.now().plusDays(20).toString());
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/evaluations", request, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    String pi = (String) created.getBody().get("processInstanceId");

    work("ines", task(pi, ToolEvaluationElements.TASK_INFRASTRUCTURE_APPROVAL), Map.of("decision", "approve", "reason", "masked"));
    work("peter", task(pi, ToolEvaluationElements.TASK_PM_APPROVAL), Map.of("decision", "approve", "reason", "fine"));
    runJobs(pi);
    for (Task sheet : tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(ToolEvaluationElements.TASK_TRY_CANDIDATE).list()) {
      // evan and ella are four points apart: the PMO moderates
      String score = "evan".equals(sheet.getAssignee()) ? "1" : "5";
      work(sheet.getAssignee(), sheet, Map.of("scoreSheet", "Ease of use | " + score + " | as I found it"));
    }
    work("paula", task(pi, ToolEvaluationElements.TASK_MODERATE_SCORES), Map.of("reason", "evan had no training"));
    work("paula", task(pi, ToolEvaluationElements.TASK_WRITE_RECOMMENDATION),
        Map.of("recommendedCandidate", "tablo", "recommendation", "Cheaper and good enough", "risks", "none known"));
    runJobs(pi);
    work("peter", task(pi, ToolEvaluationElements.TASK_REVIEW_RECOMMENDATION), Map.of("decision", "accept", "followUp", "none"));
    // 45 days is beyond the PMO's 30: the infrastructure owner decides the extension
    work("peter", task(pi, ToolEvaluationElements.TASK_ENVIRONMENTS_IN_USE),
        Map.of("decision", "extend", "extendUntil", LocalDate.now().plusDays(45).toString()));
    work("ines", task(pi, ToolEvaluationElements.TASK_APPROVE_EXTENSION), Map.of("decision", "reject", "reason", "budget"));
    submitAs("peter", task(pi, ToolEvaluationElements.TASK_ENVIRONMENTS_IN_USE), Map.of("decision", "end"));
    runJobs(pi);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }

  @Test
  @Order(9)
  void environmentReconciliationWithALeftover() {
    environments.provision(new EvaluationEnvironments.EnvironmentRequest(900000 + Long.parseLong(suffix), "ghost", "product-catalogue", List.of("evan")));
    // the daily timer's run, started by an operator at the comparison
    String pi = runtime.createProcessInstanceByKey(EvaluationVariables.RECONCILIATION_PROCESS_KEY)
        .startBeforeActivity(EnvironmentReconciliationElements.TASK_COMPARE_ENVIRONMENTS).execute().getId();
    runJobs(pi);
    work("ines", task(pi, EnvironmentReconciliationElements.TASK_REVIEW_LEFTOVERS), Map.of("reviewNote", "dropped the ghost"));
  }

  // ---- every task of every model -------------------------------------------------------------

  @Test
  @Order(100)
  void everyUserTaskOfEveryModelWasAttacked() throws Exception {
    Set<String> all = userTasksOfEveryModel();
    assertThat(all).as("user tasks in processes/*.bpmn").hasSizeGreaterThan(20);
    Set<String> missing = new TreeSet<>(all);
    missing.removeAll(ATTACKED);
    assertThat(missing).as("user tasks nobody attacked").containsExactlyInAnyOrderElementsOf(UNREACHABLE.keySet());
    assertThat(all).containsAll(ATTACKED);
  }

  static Set<String> userTasksOfEveryModel() throws Exception {
    Set<String> ids = new TreeSet<>();
    Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
    assertThat(models).isNotEmpty();
    for (Resource model : models) {
      BpmnModelInstance instance;
      try (InputStream in = model.getInputStream()) {
        instance = Bpmn.readModelFromStream(in);
      }
      for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
        ModelElementInstance parent = task.getParentElement();
        while (!(parent instanceof Process)) {
          parent = parent.getParentElement();
        }
        ids.add(((Process) parent).getId() + " " + task.getId());
      }
    }
    return ids;
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Tries every attack on the task as the user about to do it (once per task of the models). */
  void attack(String user, Task task, Map<String, Object> answers) {
    if (!ATTACKED.add(key(task))) {
      return;
    }
    new TaskAttacks(http, tasks, runtime, identity).attempt(user, task, answers);
    Task now = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    if ("peter".equals(now.getAssignee()) && candidateGroups(now).isEmpty()) {
      // one person's task: another project manager may neither read nor do it
      Map<String, Object> before = runtime.getVariables(task.getProcessInstanceId());
      assertThat(Api.as(http, otherPm).getForEntity("/engine-rest/task/" + task.getId() + "/variables", Map.class)
          .getStatusCode()).as("%s reading peter's %s", otherPm, task.getTaskDefinitionKey()).isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<Map> taken = Api.as(http, otherPm).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
          Map.of("variables", rest(answers)), Map.class);
      assertThat(taken.getStatusCode())
          .as("%s completing peter's %s: %s", otherPm, task.getTaskDefinitionKey(), taken.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<Map> claimed = Api.as(http, otherPm).postForEntity("/engine-rest/task/" + task.getId() + "/claim",
          Map.of("userId", otherPm), Map.class);
      assertThat(claimed.getStatusCode()).as("%s claiming peter's task", otherPm).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("peter");
      assertThat(runtime.getVariables(task.getProcessInstanceId())).isEqualTo(before);
    }
  }

  /** Attacks the task, then does it as the user would in Tasklist: claim, submit the form. */
  void work(String user, Task task, Map<String, Object> answers) {
    attack(user, task, answers);
    submitAs(user, task, answers);
  }

  /** The user's submission is refused with this text, and the case is as it was. */
  void refusedAs(String user, Task task, Map<String, Object> answers, String refusal) {
    Map<String, Object> before = runtime.getVariables(task.getProcessInstanceId());
    if (tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null) {
      Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user), Map.class);
    }
    ResponseEntity<Map> done = Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", rest(answers)), Map.class);
    assertThat(done.getStatusCode()).as("%s doing %s: %s", user, task.getTaskDefinitionKey(), done.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(done.getBody()).containsEntry("message", refusal);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(runtime.getVariables(task.getProcessInstanceId())).isEqualTo(before);
  }

  void submitAs(String user, Task task, Map<String, Object> answers) {
    if (tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null) {
      assertThat(Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user),
          Map.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    ResponseEntity<Map> done = Api.as(http, user).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", rest(answers)), Map.class);
    assertThat(done.getStatusCode()).as("%s doing %s: %s", user, task.getTaskDefinitionKey(), done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** For a task only administrators hold: every ordinary login is refused and nothing changes. */
  void noOneElseMay(Task task, Map<String, Object> answers) {
    Map<String, Object> before = runtime.getVariables(task.getProcessInstanceId());
    for (String someone : List.of("paula", "peter", "sam", "carla", "sophia", "evan", "victor", otherPm)) {
      ResponseEntity<Map> done = Api.as(http, someone).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
          Map.of("variables", rest(answers)), Map.class);
      assertThat(done.getStatusCode())
          .as("%s completing %s: %s", someone, task.getTaskDefinitionKey(), done.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<Map> claimed = Api.as(http, someone).postForEntity("/engine-rest/task/" + task.getId() + "/claim",
          Map.of("userId", someone), Map.class);
      assertThat(claimed.getStatusCode()).as("%s claiming %s", someone, task.getTaskDefinitionKey()).isEqualTo(HttpStatus.FORBIDDEN);
      ResponseEntity<Map> set = Api.as(http, someone).postForEntity("/engine-rest/task/" + task.getId() + "/variables",
          Map.of("modifications", Map.of("approved", Map.of("value", true))), Map.class);
      assertThat(set.getStatusCode()).as("%s setting a variable of %s", someone, task.getTaskDefinitionKey())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    assertThat(runtime.getVariables(task.getProcessInstanceId())).isEqualTo(before);
  }

  /**
   * What an operator does in Cockpit: cancels the case where it waits and starts it before the task,
   * logged in as an administrator, with every listener running.
   */
  void moveAsOperator(String processInstanceId, String from, String to) {
    identity.setAuthentication("demo", List.of("pmo-admin"));
    try {
      runtime.createProcessInstanceModification(processInstanceId)
          .cancelAllForActivity(from)
          .startBeforeActivity(to)
          .execute();
    } finally {
      identity.clearAuthentication();
    }
  }

  long specifiedProject() {
    String code = "EV-" + ThreadLocalRandom.current().nextInt(100000, 999999);
    long projectId = Projects.create(http, code, "Order portal " + code, 250000, "2027-01-01", "2027-12-31");
    Projects.specify(http, projectId, Projects.ORDER_PORTAL_SPEC);
    return projectId;
  }

  String submitChange(String user, long projectId, String section, String text, String vendor) {
    Map<String, Object> body = new HashMap<>();
    body.put("projectId", projectId);
    body.put("title", "Change " + section);
    body.put("description", "Please change " + section);
    body.put("reason", "The client asked");
    body.put("requesterRole", "CLIENT");
    if (vendor != null) {
      body.put("vendorCode", vendor);
    }
    body.put("changes", List.of(Map.of("sectionKey", section, "newText", text)));
    ResponseEntity<Map> response = Api.as(http, user).postForEntity("/api/change-requests", body, Map.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return (String) response.getBody().get("processInstanceId");
  }

  ResponseEntity<Map> propose(String user, long rfpId, String price) {
    return io.pmoflow.support.Proposals.submitWithPdf(http, user, rfpId, price, "Our offer");
  }

  /** The evaluator fills in their own sheet, one score per vendor for every criterion. */
  void score(String evaluator, String pi, Map<String, Integer> byVendor) throws Exception {
    Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(RfpElements.TASK_SCORE_PROPOSALS)
        .taskAssignee(evaluator).singleResult();
    assertThat(task).as(evaluator + "'s score sheet").isNotNull();
    String sheet = Api.as(http, evaluator).getForEntity(
        "/engine-rest/task/" + task.getId() + "/variables/scoreSheet?deserializeValue=false", String.class).getBody();
    StringBuilder filled = new StringBuilder();
    for (String line : json.readTree(sheet).get("value").asText().split("\n")) {
      String[] values = line.split("\\|", -1);
      filled.append(values[0]).append('|').append(values[1]).append("| ").append(byVendor.get(values[0].strip()))
          .append(" | scored by ").append(evaluator).append('\n');
    }
    work(evaluator, task, Map.of("noConflictOfInterest", true, "scoreSheet", filled.toString()));
  }

  /** The one open task at the element, in the case or a case it called. */
  Task task(String pi, String key) {
    List<Task> open = new ArrayList<>();
    for (String id : withCalled(pi)) {
      open.addAll(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(key).list());
    }
    assertThat(open).as("open task " + key).hasSize(1);
    return open.get(0);
  }

  List<String> withCalled(String pi) {
    List<String> ids = new ArrayList<>(List.of(pi));
    for (int i = 0; i < ids.size(); i++) {
      runtime.createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list().stream()
          .map(ProcessInstance::getId).forEach(ids::add);
    }
    return ids;
  }

  void runJobs(String pi) {
    Jobs.runAllWithCalled(management, runtime, pi);
  }

  void runJobAt(String pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    management.executeJob(job.getId());
  }

  List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(l -> l.getGroupId()).toList();
  }

  /**
   * "process-key Task_Id". The key is read from the definition: a definition whose
   * {@code key:version:uuid} would exceed 64 characters (environment-reconciliation) has a bare
   * uuid as its id.
   */
  String key(Task task) {
    return repository.getProcessDefinition(task.getProcessDefinitionId()).getKey() + " " + task.getTaskDefinitionKey();
  }

  /** The answers as the engine REST API takes them (typed values). */
  static Map<String, Object> rest(Map<String, Object> answers) {
    Map<String, Object> variables = new TreeMap<>();
    answers.forEach((name, value) -> variables.put(name,
        value instanceof Long ? Map.of("value", value, "type", "Long") : Map.of("value", value)));
    return variables;
  }
}

package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchScope;
import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.onboarding.VendorOnboardingElements;
import io.pmoflow.rfp.RfpDraftFixture;
import io.pmoflow.rfp.RfpElements;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.specchange.SpecChangeElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import io.pmoflow.support.TestUsers;
import io.pmoflow.support.Vendors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * From an RFP's award to the winner's people at work, each decision by its person in Tasklist: the
 * PM awards, the PMO collects the NDA, security approves each member's access, a new member
 * activates the account and estimates a spec change of the project as the vendor; then the vendor
 * wins a second RFP: the same onboarding takes the new contract (number, end, the accounts' expiry),
 * a new member is approved under it, and the existing account is kept, not made twice. Drafting,
 * reviewing, proposing and scoring the RFPs are walked in RfpBrowserIT; here they are done over the
 * APIs by their people. Picture for docs/manual/vendor-onboarding.md ("Collect the NDA").
 */
@PostgresIntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class AwardChainBrowserIT {

  static final String VENDOR = "kaito";
  static final String COMPANY = "Kaito Systems";
  /** kaito's bid manager, who sends its proposals (a vendor group's member, as victor is acme's). */
  static final String BIDDER = "kenji";
  static final String PEOPLE = "ou=people,dc=pmoflow,dc=example";

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired InMemoryDirectoryServer ldap;
  @Autowired GreenMail greenMail;
  @Autowired JdbcTemplate jdbc;

  JourneySteps steps;

  @BeforeEach
  void steps() {
    steps = new JourneySteps(browser, http, tasks, port);
    if (identity.createGroupQuery().groupId(PmoGroups.vendorGroup(VENDOR)).count() == 0) {
      Group group = identity.newGroup(PmoGroups.vendorGroup(VENDOR));
      group.setName("Vendor " + COMPANY);
      group.setType(PmoGroups.VENDOR_GROUP_TYPE);
      identity.saveGroup(group);
    }
    TestUsers.ensure(identity, BIDDER, "Kenji", "Kaito", PmoGroups.vendorGroup(VENDOR));
  }

  @Test
  void theWinnerIsOnboardedWorksOnAChangeAndWinsASecondRfpWithItsAccountsKept() throws Exception {
    // ---- the first RFP: the PM awards it in Tasklist (budgets up to 100,000 need no review beyond the PM's)
    long projectId = Projects.create(http, "FIELD-1", "Field service app", 90000, "2040-05-01", "2041-04-30");
    Projects.specify(http, projectId, Projects.ORDER_PORTAL_SPEC);
    Rfp first = rfpUpToTheAward(projectId, "Field service app", Instant.parse("2040-03-12T12:00:00Z"), Instant.parse("2040-03-26T12:00:00Z"));
    Webapps peter = steps.tasklist("peter");
    award(peter, first, true);
    String onboarding = handedOver(first);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(onboarding).singleResult().getBusinessKey()).isEqualTo(VENDOR);
    long vendorId = jdbc.queryForObject("select id from vendor where code = ?", Long.class, VENDOR);
    String firstContract = "rfp-" + first.id;
    assertThat(vendor(vendorId)).containsEntry("contractNumber", firstContract).containsEntry("contractEnd", "2041-01-20");

    // ---- no NDA is on file for a vendor fresh from an award: the PMO collects it
    Task nda = steps.task(onboarding, VendorOnboardingElements.TASK_COLLECT_NDA);
    assertThat(nda.getName()).isEqualTo("Collect the NDA: " + COMPANY + " (" + firstContract + ")");
    Webapps paula = steps.open(steps.tasklist("paula"), "My groups' tasks", nda, COMPANY);
    assertThat(paula.input("Vendor")).hasValue(COMPANY + " (" + VENDOR + "), lead " + COMPANY + " <bids@kaito.example>");
    assertThat(paula.input("Contract")).hasValue(firstContract + ", from 2040-04-25 to 2041-01-20");
    JourneySteps.noEngineText(paula);
    paula.claim();
    paula.fillAndComplete(() -> {
      paula.input("The signed NDA is on file").check();
      ManualScreenshots.capture(paula.page(), "vendor-onboarding-collect-nda", JourneySteps.masks(paula, paula.input("Contract")));
    });
    steps.done(nda);
    Jobs.runAllWithCalled(management, runtime, onboarding);
    assertThat(vendor(vendorId)).containsEntry("ndaOnFile", true);

    // ---- the PMO names the first member; security approves the VPN for her in Tasklist
    String aiko = "aiko.tanaka@kaito.example";
    Webapps sam = steps.tasklist("sam");
    addMember(vendorId, onboarding, Vendors.member("Aiko Tanaka", aiko, "Field engineer", "EMPLOYEE",
        Vendors.access("vpn", "user", "Connects to the dispatch system from customer sites")));
    approveAccess(sam, aiko, "Aiko Tanaka", firstContract + " ends on 2041-01-20", "Connects to the dispatch system from customer sites");
    Jobs.runAllWithCalled(management, runtime, onboarding);
    String aikoUid = VENDOR + "-aiko.tanaka";
    assertThat(ldap.getEntry("uid=" + aikoUid + "," + PEOPLE).getAttributeValueAsLong("shadowExpire"))
        .isEqualTo(LocalDate.parse("2041-01-20").toEpochDay());

    // ---- Aiko activates her account and, as the vendor, estimates a change of the project
    Webapps aikoTasklist = activateAndLogIn(aiko, aikoUid, "aiko-field-2040");
    long changeId = changeRequest(projectId, "Photo of the finished job", "Enter an order\nConfirm it\nAttach a photo of the finished job");
    String change = (String) Api.as(http, "paula").getForObject("/api/change-requests/" + changeId, Map.class).get("processInstanceId");
    Jobs.runAll(management, change);
    steps.doAs("paula", steps.task(change, SpecChangeElements.TASK_TRIAGE),
        Map.of("triageOutcome", "complete", "changeType", "normal", "needsVendorEstimate", true));
    Jobs.runAll(management, change);
    Task estimate = steps.task(change, SpecChangeElements.TASK_VENDOR_ESTIMATE);
    String label = "CR-" + changeId + ": Photo of the finished job";
    steps.open(aikoTasklist, "My groups' tasks", estimate, label);
    assertThat(aikoTasklist.input("Change request")).hasValue(label);
    assertThat(aikoTasklist.input("Proposed change to the specification")).hasValue(Pattern.compile("\\+ Attach a photo of the finished job"));
    assertThat(aikoTasklist.input("What should change")).hasValue("The field engineers must prove the job is done.");
    assertThat(aikoTasklist.page().getByText("Decisions so far")).hasCount(0);
    JourneySteps.noEngineText(aikoTasklist);
    aikoTasklist.claim();
    aikoTasklist.fillAndComplete(() -> {
      aikoTasklist.input("Effort (person-days)").fill("6");
      aikoTasklist.input("Cost").fill("9000");
      aikoTasklist.input("Assumptions").fill("The app already uses the camera.");
    });
    steps.done(estimate);
    Map estimated = Api.as(http, "paula").getForObject("/api/change-requests/" + changeId, Map.class);
    assertThat((List<Map>) estimated.get("trail")).anySatisfy(e -> assertThat(e)
        .containsEntry("step", "Estimate the change (vendor)").containsEntry("actor", aikoUid));
    assertThat(((Map) estimated.get("impact")).get("vendorEffortDays").toString()).startsWith("6");

    // ---- kaito wins a second RFP: the same onboarding takes the new contract
    long secondProject = Projects.create(http, "FIELD-2", "Field service app, phase 2", 80000, "2041-04-01", "2041-12-31");
    Rfp second = rfpUpToTheAward(secondProject, "Field service app, phase 2", Instant.parse("2041-02-12T12:00:00Z"), Instant.parse("2041-02-26T12:00:00Z"));
    award(peter, second, false);
    assertThat(handedOver(second)).isEqualTo(onboarding);
    Jobs.runAllWithCalled(management, runtime, onboarding);
    String secondContract = "rfp-" + second.id;
    assertThat(vendor(vendorId)).containsEntry("contractNumber", secondContract).containsEntry("contractEnd", "2041-12-23");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("vendor-onboarding").processInstanceBusinessKey(VENDOR).count())
        .isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(onboarding).taskDefinitionKey(VendorOnboardingElements.TASK_COLLECT_NDA).count())
        .as("the NDA is on file: not asked for again").isZero();
    // the existing account is kept, with the new contract's end
    assertThat(ldap.search(PEOPLE, SearchScope.SUB, Filter.createEqualityFilter("mail", aiko)).getEntryCount()).isEqualTo(1);
    assertThat(ldap.getEntry("uid=" + aikoUid + "," + PEOPLE).getAttributeValueAsLong("shadowExpire"))
        .isEqualTo(LocalDate.parse("2041-12-23").toEpochDay());

    // ---- a new member for the second contract: security sees the new contract on the approval
    String kenta = "kenta.sato@kaito.example";
    addMember(vendorId, onboarding, Vendors.member("Kenta Sato", kenta, "Mobile developer", "SUBCONTRACTOR",
        Vendors.access("vpn", "user", "Builds the phase 2 offline sync")));
    approveAccess(sam, kenta, "Kenta Sato", secondContract + " ends on 2041-12-23", "Builds the phase 2 offline sync");
    Jobs.runAllWithCalled(management, runtime, onboarding);

    Map access = Api.as(http, "paula").getForObject("/api/vendors/" + vendorId + "/access", Map.class);
    List<Map> members = (List<Map>) access.get("members");
    assertThat(members).extracting(m -> m.get("email")).containsExactly(aiko, kenta);
    assertThat(members).allSatisfy(m -> assertThat((List<Map>) m.get("grants"))
        .singleElement().satisfies(g -> assertThat(g).containsEntry("status", "PROVISIONED").containsEntry("decidedBy", "sam")));
    assertThat(ldap.search(PEOPLE, SearchScope.SUB, Filter.createEqualityFilter("mail", kenta)).getEntryCount()).isEqualTo(1);
    assertThat(ldap.search(PEOPLE, SearchScope.SUB, Filter.createEqualityFilter("mail", aiko)).getEntryCount()).isEqualTo(1);
    assertThat(identity.createUserQuery().memberOfGroup(PmoGroups.vendorGroup(VENDOR)).list())
        .extracting(u -> u.getId()).containsExactlyInAnyOrder(BIDDER, aikoUid, VENDOR + "-kenta.sato");
  }

  // ---- the award and what leads to it

  record Rfp(long id, String pi, String title) {}

  /**
   * An RFP inviting kaito and globex, drafted, reviewed, proposed for and scored by the people who
   * do that, over the APIs: it waits for the PM's award, kaito ranked first.
   */
  Rfp rfpUpToTheAward(long projectId, String title, Instant questions, Instant proposals) throws Exception {
    Map<String, Object> body = new HashMap<>(RfpDraftFixture.body(projectId, title, 60, questions, proposals,
        "bids@kaito.example", "offers@globex.example"));
    body.put("vendors", List.of(
        Map.of("code", VENDOR, "name", COMPANY, "email", "bids@kaito.example"),
        Map.of("code", "globex", "name", "Globex Inc", "email", "offers@globex.example")));
    ResponseEntity<Map> created = Api.as(http, "paula").postForEntity("/api/rfps", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    Rfp rfp = new Rfp(((Number) created.getBody().get("id")).longValue(), (String) created.getBody().get("processInstanceId"), title);

    steps.doAs("paula", steps.task(rfp.pi, RfpElements.TASK_DRAFT_RFP), Map.of());
    Jobs.runAll(management, rfp.pi);
    steps.doAs("peter", steps.task(rfp.pi, RfpElements.TASK_PM_REVIEW), Map.of("decision", "approve"));
    Jobs.runAll(management, rfp.pi);
    steps.propose(BIDDER, rfp.id, "120000", "Offline-first field app with the customer's maps, live in ten weeks");
    steps.propose("wendy", rfp.id, "95000", "Tablet forms on our platform");
    for (String deadline : List.of(RfpElements.EVENT_QUESTION_DEADLINE, RfpElements.EVENT_PROPOSAL_DEADLINE)) {
      Job timer = management.createJobQuery().processInstanceId(rfp.pi).activityId(deadline).singleResult();
      management.executeJob(timer.getId());
      Jobs.runAll(management, rfp.pi);
    }
    for (String evaluator : List.of("evan", "ella")) {
      steps.score(evaluator, rfp.pi, Map.of(VENDOR, 9, "globex", 5));
    }
    Jobs.runAll(management, rfp.pi);
    return rfp;
  }

  /**
   * The PM reads the ranking and the proposals on the award form and awards the top-ranked kaito
   * (after, if asked, trying globex without a justification and reading the refusal).
   */
  void award(Webapps peter, Rfp rfp, boolean refusalFirst) {
    Task award = steps.task(rfp.pi, RfpElements.TASK_AWARD, "peter");
    steps.open(peter, "My tasks", award, "RFP-" + rfp.id + " " + rfp.title);
    assertThat(peter.page().locator(".fjs-container")).containsText(rfp.title);
    assertThat(peter.input("Ranking")).hasValue(Pattern.compile("^1\\. " + COMPANY + " \\(" + VENDOR + "\\): [0-9.]+ points, price 120,000"));
    assertThat(peter.input("Proposals")).hasValue(Pattern.compile("Offline-first field app with the customer's maps"));
    JourneySteps.noEngineText(peter);
    if (refusalFirst) {
      // another vendor than the top-ranked without a justification: refused in plain words, nothing moves
      peter.choose("Vendor to award", "Globex Inc");
      peter.complete();
      assertThat(peter.notifications().filter(new Locator.FilterOptions().setHasText(
          "awarding globex instead of the top-ranked " + VENDOR + " needs a written justification"))).isVisible();
      JourneySteps.noEngineText(peter);
      assertThat(tasks.createTaskQuery().taskId(award.getId()).count()).isEqualTo(1);
      peter.dismissNotifications();
      peter.page().reload();
      peter.page().locator(".task-details .fjs-container").waitFor();
    }
    peter.fillAndComplete(() -> peter.choose("Vendor to award", COMPANY));
    steps.done(award);
    Jobs.runAll(management, rfp.pi);
  }

  /** The onboarding the award handed the winner to. */
  String handedOver(Rfp rfp) {
    Map view = Api.as(http, "paula").getForObject("/api/rfps/" + rfp.id, Map.class);
    assertThat(view).containsEntry("status", "AWARDED").containsEntry("awardedVendor", VENDOR);
    Map handover = (Map) view.get("handover");
    assertThat(handover).containsEntry("status", "STARTED");
    String onboarding = (String) handover.get("onboardingProcessInstanceId");
    Jobs.runAllWithCalled(management, runtime, onboarding);
    return onboarding;
  }

  // ---- onboarding

  void addMember(long vendorId, String onboarding, Map<String, Object> member) {
    ResponseEntity<Map> added = Api.as(http, "paula").postForEntity("/api/vendors/" + vendorId + "/members", member, Map.class);
    assertThat(added.getStatusCode()).as(String.valueOf(added.getBody())).isEqualTo(HttpStatus.CREATED);
    Jobs.runAllWithCalled(management, runtime, onboarding);
  }

  /** Security reads whose access, under which contract, why and by which rule, then approves. */
  void approveAccess(Webapps sam, String email, String name, String contract, String justification) {
    String memberInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(VENDOR + "/" + email).singleResult().getId();
    Task approval = steps.task(memberInstance, MemberOnboardingElements.TASK_SECURITY_APPROVAL);
    steps.open(sam, "My groups' tasks", approval, name + " \u2192 vpn/user (" + COMPANY + ")");
    assertThat(sam.input("Member")).hasValue(Pattern.compile("^" + name + ", " + email.replace(".", "\\.")));
    assertThat(sam.input("Vendor")).hasValue(COMPANY + ", contract " + contract);
    assertThat(sam.input("Access asked for")).hasValue(Pattern.compile("^VPN / VPN user \\(vpn/user\\): "));
    assertThat(sam.input("Justification")).hasValue(justification);
    assertThat(sam.input("Routed by rule")).hasValue("Highly sensitive system: security approves");
    JourneySteps.noEngineText(sam);
    sam.claim();
    sam.fillAndComplete(() -> {
      sam.field("Approve").check();
      sam.field("Reason").fill("Needed on site; contract " + contract);
    });
    steps.done(approval);
  }

  /** The member opens the link from the account mail, chooses a password and logs in to Tasklist. */
  Webapps activateAndLogIn(String email, String uid, String password) {
    Page page = steps.page();
    page.navigate(steps.base() + "/activation?token=" + Vendors.activationToken(greenMail, email));
    page.getByLabel(Pattern.compile("New password")).fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
    assertThat(page.getByText("Your password is set")).isVisible();
    page.navigate(steps.base() + "/camunda/app/tasklist/");
    page.getByPlaceholder("Username", new Page.GetByPlaceholderOptions().setExact(true)).fill(uid);
    page.getByPlaceholder("Password", new Page.GetByPlaceholderOptions().setExact(true)).fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    return new Webapps(page, steps.base()).waitForFilters();
  }

  // ---- reads

  long changeRequest(long projectId, String title, String newText) {
    Map<String, Object> body = new HashMap<>();
    body.put("projectId", projectId);
    body.put("title", title);
    body.put("description", "The field engineers must prove the job is done.");
    body.put("requesterRole", "CLIENT");
    body.put("vendorCode", VENDOR);
    body.put("changes", List.of(Map.of("sectionKey", "FUN-ORDER", "newText", newText)));
    ResponseEntity<Map> created = Api.as(http, "peter").postForEntity("/api/change-requests", body, Map.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  Map vendor(long vendorId) {
    return Api.as(http, "paula").getForObject("/api/vendors/" + vendorId, Map.class);
  }
}

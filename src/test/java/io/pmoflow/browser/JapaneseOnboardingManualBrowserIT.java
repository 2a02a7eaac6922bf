package io.pmoflow.browser;

import static io.pmoflow.browser.VendorOnboardingBrowserIT.CONTRACT_END;
import static io.pmoflow.browser.VendorOnboardingBrowserIT.CONTRACT_START;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.onboarding.VendorOnboardingElements;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Vendors;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pictures of the Japanese chapters docs/manual/ja/vendor-onboarding.md and operators.md (the
 * incident), taken at the steps {@link VendorOnboardingBrowserIT}, {@link AwardChainBrowserIT} and
 * {@link OnboardingFollowUpBrowserIT} take them, by people who read Japanese
 * ({@link JourneySteps#japanese}) onboarding the members of a Japanese vendor. Steps a picture is not
 * about are done over the APIs by their people.
 */
@PostgresIntegrationTest
class JapaneseOnboardingManualBrowserIT {

  static final String PEOPLE = "ou=people,dc=pmoflow,dc=example";
  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired InMemoryDirectoryServer ldap;
  @Autowired GreenMail greenMail;

  JourneySteps steps;

  @BeforeEach
  void steps() {
    steps = JourneySteps.japanese(browser, http, tasks, port);
  }

  @Test
  void thePmoStartsAnOnboardingSecurityDecidesAndTheMemberActivatesTheAccount() {
    long vendorId = vendor("yamato", "大和システム", true);
    // the start form, one member per line
    Webapps paula = steps.tasklist("paula");
    paula.startProcess("ベンダーのオンボーディング");
    paula.fillKept("Vendor number", String.valueOf(vendorId));
    paula.fillKept("Members", "石川 学 | manabu.ishikawa@yamato.example | テスター | employee | wiki | reader | テスト計画を読みます");
    ManualScreenshots.capture(paula.page(), "ja/vendor-onboarding-start-form", paula.page().locator(".task-filter .counter"),
        paula.input("Vendor number"));
    paula.submitStartForm();
    started(paula);

    // security approves a VPN account with a reason, and rejects another request only with one
    long team = vendor("kansai", "関西ソフト", true);
    String email = "aoi.sato@kansai.example";
    String onboarding = Vendors.startOnboarding(http, team,
        Vendors.member("佐藤 葵", email, "開発者", "EMPLOYEE", Vendors.access("vpn", "user", "CRM プロジェクトにリモートで参加します")),
        Vendors.member("高橋 蓮", "ren.takahashi@kansai.example", "開発者", "EMPLOYEE",
            Vendors.access("staging-db", "dba", "テスト環境のデータを整えます")));
    Jobs.runAllWithCalled(management, runtime, onboarding);
    Webapps sam = steps.tasklist("sam");
    Task vpn = approval(MemberOnboardingElements.TASK_SECURITY_APPROVAL, "kansai/" + email);
    steps.open(sam, "My groups' tasks", vpn, "佐藤 葵").claim().fillAndComplete(() -> {
      sam.pick("Approve");
      sam.fillKept("Reason", "お客様と合意したリモート勤務のため");
      ManualScreenshots.capture(sam.page(), "ja/vendor-onboarding-security-approval", JourneySteps.masks(sam));
    });
    steps.done(vpn);
    Task dba = approval(MemberOnboardingElements.TASK_SECURITY_APPROVAL, "kansai/ren.takahashi@kansai.example");
    steps.open(sam, "My groups' tasks", dba, "高橋 蓮").claim().pick("Reject").complete();
    assertThat(sam.refusalAt("理由")).containsText("理由：この選択には入力が必要です");
    sam.dismissNotifications();
    ManualScreenshots.capture(sam.page(), "ja/vendor-onboarding-reject-needs-reason", JourneySteps.masks(sam));
    sam.fillAndComplete(() -> {
      sam.pick("Reject");
      sam.fillKept("Reason", "この契約にはテスト環境のデータベースの管理者権限は含まれていません");
    });
    steps.done(dba);

    // the VPN account is made; the member sets her password from the link in her mail
    Jobs.runAllWithCalled(management, runtime, onboarding);
    Page page = steps.page();
    page.navigate(steps.base() + "/activation?token=" + Vendors.activationToken(greenMail, email));
    page.locator("input[type=password]").fill("aoi-secret-2026");
    ManualScreenshots.capture(page, "ja/vendor-onboarding-activation");
  }

  @Test
  void criticalAccessTheNdaAndAFailedAccount() throws Exception {
    // critical access: after security, the project manager confirms it
    long critical = vendor("musashi", "武蔵テクノロジー", true);
    String logs = Vendors.startOnboarding(http, critical, Vendors.member("中村 健", "ken.nakamura@musashi.example", "運用担当",
        "EMPLOYEE", Vendors.access("prod-logs", "reader", "本番環境の障害を調査します")));
    Jobs.runAllWithCalled(management, runtime, logs);
    steps.doAs("sam", approval(MemberOnboardingElements.TASK_SECURITY_APPROVAL, "musashi/ken.nakamura@musashi.example"),
        Map.of("approved", true, "approvalReason", "障害調査に必要です"));
    Task pm = approval(MemberOnboardingElements.TASK_PM_APPROVAL, "musashi/ken.nakamura@musashi.example");
    Webapps peter = steps.open(steps.tasklist("peter"), "My tasks", pm, "中村 健").editable();
    peter.fillAndComplete(() -> {
      peter.pick("Approve");
      peter.fillKept("Reason", "本番環境の障害の分析に必要です");
      ManualScreenshots.capture(peter.page(), "ja/vendor-onboarding-pm-approval", JourneySteps.masks(peter));
    });
    steps.done(pm);

    // no NDA on file: the PMO collects it before anyone is onboarded
    long fresh = vendor("hikari", "光ソリューションズ", false);
    String ndaCase = Vendors.startOnboarding(http, fresh, Vendors.member("小林 結衣", "yui.kobayashi@hikari.example", "設計者",
        "EMPLOYEE", Vendors.access("wiki", "reader", "設計書を読みます")));
    Jobs.runAllWithCalled(management, runtime, ndaCase);
    Task nda = steps.task(ndaCase, VendorOnboardingElements.TASK_COLLECT_NDA);
    Webapps paula = steps.open(steps.tasklist("paula"), "My groups' tasks", nda, "光ソリューションズ").claim();
    paula.fillAndComplete(() -> {
      paula.input("The signed NDA is on file").check();
      ManualScreenshots.capture(paula.page(), "ja/vendor-onboarding-collect-nda", JourneySteps.masks(paula, paula.input("Contract")));
    });
    steps.done(nda);

    // the directory refuses an account (its people tree moved): the PMO tries again once it is back
    long refused = vendor("fuji", "富士データ", true);
    String instance = Vendors.startOnboarding(http, refused, Vendors.member("山本 翔", "sho.yamamoto@fuji.example", "テスター",
        "EMPLOYEE", Vendors.access("wiki", "reader", "テスト計画を読みます")));
    ldap.modifyDN(PEOPLE, "ou=people-moved", true);
    try {
      Jobs.runAllWithCalled(management, runtime, instance);
    } finally {
      ldap.modifyDN("ou=people-moved,dc=pmoflow,dc=example", "ou=people", true);
    }
    Task fix = steps.task(memberCase(instance), MemberOnboardingElements.TASK_FIX_PROVISIONING);
    steps.open(paula, "My groups' tasks", fix, "山本 翔").claim().fillAndComplete(() -> {
      paula.pick("Try again");
      ManualScreenshots.capture(paula.page(), "ja/vendor-onboarding-fix-provisioning", JourneySteps.masks(paula));
    });
    steps.done(fix);
  }

  @Test
  void anOperatorSeesTheIncidentOfAFailedDirectoryStepInCockpit() throws Exception {
    long vendorId = vendor("sakura", "さくら商事", true);
    String instance = Vendors.startOnboarding(http, vendorId, Vendors.member("松本 陽菜", "hina.matsumoto@sakura.example", "編集者",
        "EMPLOYEE", Vendors.access("wiki", "editor", "議事録を書きます")));
    Jobs.startMemberCases(management, runtime, instance);
    String member = memberCase(instance);
    Job createAccount = management.createJobQuery().processInstanceId(member)
        .activityId(MemberOnboardingElements.TASK_CREATE_ACCOUNT).singleResult();
    ldap.shutDown(true);
    try {
      Jobs.runAll(management, member);
      management.setJobRetries(createAccount.getId(), 1);
      try {
        management.executeJob(createAccount.getId());
      } catch (RuntimeException expected) {
        // recorded on the job, as the job executor would
      }
      assertThat(runtime.createIncidentQuery().processInstanceId(member).count()).isEqualTo(1);
    } finally {
      ldap.startListening();
    }

    Webapps demo = steps.webapps().login("cockpit", "demo").waitForUserMenu("ja");
    demo.openProcessDefinition("ベンダーのオンボーディング");
    demo.openProcessInstance(member, "incidents-tab");
    Locator incident = demo.page().locator("table tbody tr").filter(new Locator.FilterOptions().setHasText("Directory unavailable"));
    assertThat(incident).isVisible();
    Locator incidentCount = demo.page().locator(".djs-overlays[data-container-id='Task_CreateAccount'] .badge.instance-incidents");
    assertThat(incidentCount).hasText("1");
    demo.page().mouse().move(140, 700);
    List<Locator> masks = new java.util.ArrayList<>(List.of(demo.volatileParts()));
    masks.addAll(List.of(demo.page().locator("dd.instance-id, dd.definition-id, dd.deployment-id, dd.super-process-instance-id"),
        demo.page().locator(".cam-breadcrumb > li:last-child"), incident.locator("td.timestamp")));
    ManualScreenshots.capture(demo.page(), "ja/operators-incident", masks.toArray(Locator[]::new));

    // the directory is back: retried, the account is made and nothing is left for the operators
    management.setJobRetries(createAccount.getId(), 1);
    management.executeJob(createAccount.getId());
    Jobs.runAllWithCalled(management, runtime, instance);
    assertThat(runtime.createIncidentQuery().processInstanceId(member).count()).isZero();
  }

  // ---- helpers

  /** Waits until the start dialog has closed: the onboarding started (else says what the page says). */
  private static void started(Webapps person) {
    try {
      person.page().locator(".modal-dialog").waitFor(new Locator.WaitForOptions()
          .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
    } catch (com.microsoft.playwright.PlaywrightException e) {
      throw new AssertionError("The start dialog is still open: " + person.notifications().allInnerTexts()
          + " " + person.refusalsAtFields().allInnerTexts(), e);
    }
  }

  private long vendor(String code, String company, boolean ndaOnFile) {
    return Vendors.register(http, Vendors.registration(code, company, company + " 営業部長", CONTRACT_START, CONTRACT_END, ndaOnFile));
  }

  /** The single approval task of this kind for the member case (business key vendor/e-mail). */
  private Task approval(String taskKey, String memberCase) {
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(memberCase).singleResult().getId();
    return steps.task(pi, taskKey);
  }

  /** The member instance the vendor's onboarding called (one member). */
  private String memberCase(String onboarding) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(onboarding).list().stream()
        .map(ProcessInstance::getId).findFirst().orElseThrow();
  }
}

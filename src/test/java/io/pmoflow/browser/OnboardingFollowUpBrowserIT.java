package io.pmoflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import io.pmoflow.onboarding.MemberOnboardingElements;
import io.pmoflow.support.Api;
import io.pmoflow.support.Jobs;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Vendors;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * When the directory refuses a member's account for good (here: its people tree is not where PMO
 * Flow writes accounts, as after an administrator moved it), the PMO gets "Fix failed provisioning"
 * in Tasklist: the member, the account and the directory's own words, then tries again once the
 * cause is fixed. Picture for docs/manual/vendor-onboarding.md.
 */
@PostgresIntegrationTest
class OnboardingFollowUpBrowserIT {

  static final String PEOPLE = "ou=people,dc=pmoflow,dc=example";

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired InMemoryDirectoryServer ldap;

  JourneySteps steps;

  @BeforeEach
  void steps() {
    steps = new JourneySteps(browser, http, tasks, port);
  }

  @Test
  void thePmoTriesAgainAfterTheDirectoryRefusedTheAccount() throws Exception {
    long vendorId = Vendors.register(http,
        Vendors.registration("tyrell", "Tyrell", "Lead of Tyrell", "2026-11-02", "2030-06-28", true));
    String instanceId = Vendors.startOnboarding(http, vendorId, Vendors.member("Rick Deckard", "rick.deckard@tyrell.example",
        "Tester", "EMPLOYEE", Vendors.access("wiki", "reader", "Reads the test plans")));

    // reading the wiki is inside the PMO's authority: provisioning starts at once, and the directory refuses
    ldap.modifyDN(PEOPLE, "ou=people-moved", true);
    try {
      Jobs.runAllWithCalled(management, runtime, instanceId);
    } finally {
      ldap.modifyDN("ou=people-moved,dc=pmoflow,dc=example", "ou=people", true);
    }
    String memberInstance = runtime.createProcessInstanceQuery().superProcessInstanceId(instanceId).list().stream()
        .map(ProcessInstance::getId).findFirst().orElseThrow();
    // the refusal is a business outcome: no failed step waits for a retry or an operator
    assertThat(management.createJobQuery().processInstanceId(memberInstance).withException().list())
        .extracting(Job::getExceptionMessage).isEmpty();
    Task fix = steps.task(memberInstance, MemberOnboardingElements.TASK_FIX_PROVISIONING);

    // the PMO reads whose account failed and what the directory said, fixed the cause, tries again
    Webapps paula = steps.open(steps.tasklist("paula"), "My groups' tasks", fix, "Rick Deckard");
    assertThat(paula.input("Member")).hasValue(Pattern.compile("^Rick Deckard, rick\\.deckard@tyrell\\.example"));
    assertThat(paula.input("Member")).hasValue(Pattern.compile("\\(Tyrell\\)$"));
    assertThat(paula.input("Account")).hasValue("tyrell-rick.deckard in the account directory");
    assertThat(paula.input("Approved access")).hasValue("Wiki / Reader (wiki/reader), approved by pmo-flow (delegated authority)");
    assertThat(paula.input("The directory's error")).hasValue(Pattern.compile("^Directory refused to .*tyrell-rick\\.deckard"));
    JourneySteps.noEngineText(paula);
    paula.claim();
    paula.fillAndComplete(() -> {
      paula.pick("Try again");
      ManualScreenshots.capture(paula.page(), "vendor-onboarding-fix-provisioning", JourneySteps.masks(paula));
    });
    steps.done(fix);
    Jobs.runAllWithCalled(management, runtime, instanceId);

    assertThat(ldap.getEntry("uid=tyrell-rick.deckard," + PEOPLE)).isNotNull();
    assertThat(onlyGrant(vendorId)).containsEntry("system", "wiki").containsEntry("status", "PROVISIONED");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> onlyGrant(long vendorId) {
    Map<String, Object> access = Api.as(http, "paula").getForObject("/api/vendors/" + vendorId + "/access", Map.class);
    List<Map<String, Object>> members = (List<Map<String, Object>>) access.get("members");
    List<Map<String, Object>> grants = (List<Map<String, Object>>) members.get(0).get("grants");
    assertThat(grants).hasSize(1);
    return grants.get(0);
  }
}

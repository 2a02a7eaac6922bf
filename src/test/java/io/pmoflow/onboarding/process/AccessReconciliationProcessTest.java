package io.pmoflow.onboarding.process;

import io.pmoflow.i18n.Text;
import static io.pmoflow.onboarding.AccessReconciliationElements.EVENT_DIRECTORY_MATCHES_GRANTS;
import static io.pmoflow.onboarding.AccessReconciliationElements.EVENT_EVERY_MORNING;
import static io.pmoflow.onboarding.AccessReconciliationElements.EVENT_ORPHANS_REVIEWED;
import static io.pmoflow.onboarding.AccessReconciliationElements.TASK_COMPARE_DIRECTORY;
import static io.pmoflow.onboarding.AccessReconciliationElements.TASK_REVIEW_ORPHANS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.pmoflow.onboarding.AccessReconciliation;
import io.pmoflow.onboarding.VendorOnboardingVariables;
import io.pmoflow.support.ProcessDriver;
import io.pmoflow.support.ProcessTestEngine;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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

/** Both paths of access-reconciliation: orphans found and reviewed, or a directory that matches. */
@Deployment(resources = {"processes/access-reconciliation.bpmn", "forms/access-orphan-review.form"})
class AccessReconciliationProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestEngine.withCoverage();

  final AccessReconciliation reconciliation = mock(AccessReconciliation.class);
  RuntimeService runtime;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    runtime = extension.getProcessEngine().getRuntimeService();
    driver = new ProcessDriver(extension.getProcessEngine());
    Mocks.register("reconcileAccessDelegate", new ReconcileAccessDelegate(reconciliation));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void orphansGiveSecurityAReviewTask() {
    when(reconciliation.orphans()).thenReturn(List.of(Text.of("reconciliation.no-grant", "acme-x", "x@acme.example")));
    // on demand (POST /api/access-reconciliations) it starts at the comparison
    ProcessInstance instance =
        runtime.createProcessInstanceByKey(VendorOnboardingVariables.RECONCILIATION_PROCESS_KEY)
            .startBeforeActivity(TASK_COMPARE_DIRECTORY)
            .execute();
    driver.runJobAt(instance, TASK_COMPARE_DIRECTORY);

    Task review = driver.task(instance, TASK_REVIEW_ORPHANS);
    assertThat(driver.candidateGroups(review)).containsExactly("security");
    assertThat((String) runtime.getVariable(instance.getId(), VendorOnboardingVariables.ORPHAN_REPORT)).contains("acme-x");
    driver.completeAs("sam", instance, TASK_REVIEW_ORPHANS, Map.of("reviewNote", "removed in the directory"));
    assertThat(instance).isEnded().hasPassed(EVENT_ORPHANS_REVIEWED);
  }

  @Test
  void theMorningTimerRunsItAndACleanDirectoryEndsQuietly() {
    when(reconciliation.orphans()).thenReturn(List.of());
    Job timer =
        extension.getProcessEngine().getManagementService().createJobQuery().timers().activityId(EVENT_EVERY_MORNING).singleResult();
    assertThat(timer).as("the nightly timer").isNotNull();
    extension.getProcessEngine().getManagementService().executeJob(timer.getId());
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processDefinitionKey(VendorOnboardingVariables.RECONCILIATION_PROCESS_KEY).singleResult();
    driver.runJobAt(instance, TASK_COMPARE_DIRECTORY);
    assertThat(instance).isEnded().hasPassed(EVENT_DIRECTORY_MATCHES_GRANTS);
  }
}

package io.pmoflow.evaluation.process;

import static io.pmoflow.evaluation.EnvironmentReconciliationElements.EVENT_ENVIRONMENTS_MATCH;
import static io.pmoflow.evaluation.EnvironmentReconciliationElements.EVENT_EVERY_MORNING;
import static io.pmoflow.evaluation.EnvironmentReconciliationElements.EVENT_LEFTOVERS_REVIEWED;
import static io.pmoflow.evaluation.EnvironmentReconciliationElements.TASK_COMPARE_ENVIRONMENTS;
import static io.pmoflow.evaluation.EnvironmentReconciliationElements.TASK_REVIEW_LEFTOVERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.pmoflow.evaluation.EvaluationExpiry;
import io.pmoflow.evaluation.EvaluationVariables;
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

/** Both paths of environment-reconciliation: leftovers found and reviewed, or environments that all belong to open evaluations. */
@Deployment(resources = {"processes/environment-reconciliation.bpmn", "forms/environment-leftover-review.form"})
class EnvironmentReconciliationProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestEngine.withCoverage();

  final EvaluationExpiry expiry = mock(EvaluationExpiry.class);
  RuntimeService runtime;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    runtime = extension.getProcessEngine().getRuntimeService();
    driver = new ProcessDriver(extension.getProcessEngine());
    Mocks.register("reconcileEnvironmentsDelegate", new ReconcileEnvironmentsDelegate(expiry));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void leftoversGiveTheInfrastructureOwnerAReviewTask() {
    when(expiry.leftovers()).thenReturn(List.of("ev3_lakeview", "ev9_tablo"));
    ProcessInstance instance = runtime.createProcessInstanceByKey(EvaluationVariables.RECONCILIATION_PROCESS_KEY)
        .startBeforeActivity(TASK_COMPARE_ENVIRONMENTS)
        .execute();
    driver.runJobAt(instance, TASK_COMPARE_ENVIRONMENTS);

    Task review = driver.task(instance, TASK_REVIEW_LEFTOVERS);
    assertThat(driver.candidateGroups(review)).containsExactly("infrastructure");
    assertThat((String) runtime.getVariable(instance.getId(), EvaluationVariables.LEFTOVER_REPORT)).isEqualTo("ev3_lakeview\nev9_tablo");
    driver.completeAs("ines", instance, TASK_REVIEW_LEFTOVERS, Map.of("reviewNote", "dropped both"));
    assertThat(instance).isEnded().hasPassed(EVENT_LEFTOVERS_REVIEWED);
  }

  @Test
  void theMorningTimerRunsItAndNoLeftoversEndQuietly() {
    when(expiry.leftovers()).thenReturn(List.of());
    Job timer = extension.getProcessEngine().getManagementService().createJobQuery().timers().activityId(EVENT_EVERY_MORNING).singleResult();
    assertThat(timer).as("the daily timer").isNotNull();
    extension.getProcessEngine().getManagementService().executeJob(timer.getId());
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processDefinitionKey(EvaluationVariables.RECONCILIATION_PROCESS_KEY).singleResult();
    driver.runJobAt(instance, TASK_COMPARE_ENVIRONMENTS);
    assertThat(instance).isEnded().hasPassed(EVENT_ENVIRONMENTS_MATCH);
  }
}

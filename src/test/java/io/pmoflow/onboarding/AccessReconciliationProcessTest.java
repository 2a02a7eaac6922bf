package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import io.pmoflow.support.ProcessTestEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

@Deployment(resources = {"processes/access-reconciliation.bpmn", "forms/access-orphan-review.form"})
class AccessReconciliationProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension extension = ProcessTestEngine.withCoverage();

  RuntimeService runtime;
  TaskService tasks;
  ManagementService management;
  int orphans;

  @BeforeEach
  void setUp() throws Exception {
    runtime = extension.getProcessEngine().getRuntimeService();
    tasks = extension.getProcessEngine().getTaskService();
    management = extension.getProcessEngine().getManagementService();
    JavaDelegate reconcile = mock(JavaDelegate.class);
    doAnswer(inv -> {
      DelegateExecution execution = inv.getArgument(0);
      execution.setVariable("orphanCount", orphans);
      execution.setVariable("orphanReport", orphans == 0 ? "" : "account acme-x (x@acme.example): no live grant");
      return null;
    }).when(reconcile).execute(any());
    Mocks.register("reconcileAccessDelegate", reconcile);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  @Test
  void orphansGiveSecurityAReviewTask() {
    orphans = 1;
    // on demand (POST /api/access-reconciliations) it starts at the comparison
    ProcessInstance instance =
        runtime.createProcessInstanceByKey("access-reconciliation").startBeforeActivity("Task_CompareDirectory").execute();
    runJob(instance);
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewOrphans");
    assertThat(tasks.getIdentityLinksForTask(review.getId())).anyMatch(l -> "security".equals(l.getGroupId()));
    assertThat((String) runtime.getVariable(instance.getId(), "orphanReport")).contains("acme-x");
    tasks.complete(review.getId(), java.util.Map.of("reviewNote", "removed in the directory"));
    assertThat(instance).isEnded().hasPassed("Event_OrphansReviewed");
  }

  @Test
  void theMorningTimerRunsItAndACleanDirectoryEndsQuietly() {
    orphans = 0;
    Job timer = management.createJobQuery().timers().activityId("Event_EveryMorning").singleResult();
    assertThat(timer).isNotNull();
    management.executeJob(timer.getId());
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey("access-reconciliation").singleResult();
    runJob(instance);
    assertThat(instance).isEnded().hasPassed("Event_DirectoryMatchesGrants");
  }

  private void runJob(ProcessInstance instance) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId("Task_CompareDirectory").singleResult();
    management.executeJob(job.getId());
  }
}

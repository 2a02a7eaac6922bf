package io.pmoflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a process through its diagram in a process test, so that the test reads as a trace of the
 * model: run the job waiting at an element, run on to the next wait state (called processes
 * included), fire a timer, complete a task as a person. The job executor is off in tests; this is
 * what it would do.
 */
public final class ProcessDriver {

  private final ProcessEngine engine;

  public ProcessDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The job waiting at the element, in the instance or a process it called; fails if none. */
  public Job jobAt(ProcessInstance instance, String activityId) {
    List<Job> jobs = new ArrayList<>();
    for (String id : withCalled(instance.getId())) {
      jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).activityId(activityId).list());
    }
    assertThat(jobs).as("job at " + activityId).hasSize(1);
    return jobs.get(0);
  }

  /** Runs the job (async continuation or timer) waiting at the element. */
  public void runJobAt(ProcessInstance instance, String activityId) {
    engine.getManagementService().executeJob(jobAt(instance, activityId).getId());
  }

  /** Runs every job waiting at the element, in the instance and the processes it called (e.g. each member's start). */
  public void runJobsAt(ProcessInstance instance, String activityId) {
    for (String id : withCalled(instance.getId())) {
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(id).activityId(activityId).list()) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  /** Fires the timer at the element now, whatever its due date. */
  public void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = jobAt(instance, activityId);
    assertThat(engine.getManagementService().createJobQuery().jobId(timer.getId()).timers().count())
        .as(activityId + " is a timer").isEqualTo(1);
    engine.getManagementService().executeJob(timer.getId());
  }

  /**
   * Runs every due job of the instance and of the processes it called, until none is due: the
   * instance then waits for a person, a message or a timer. A failing job keeps its exception and
   * loses a retry, as in production; the test asserts the incident.
   */
  public void runToNextWaitState(ProcessInstance instance) {
    for (int round = 0; round < 100; round++) {
      List<Job> due = new ArrayList<>();
      for (String id : withCalled(instance.getId())) {
        due.addAll(engine.getManagementService().createJobQuery().processInstanceId(id).executable().list());
      }
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException failed) {
          // recorded on the job by the engine
        }
      }
    }
    throw new IllegalStateException("Jobs keep coming after 100 rounds in " + instance.getId());
  }

  /** The one open task at the element, in the instance or a process it called. */
  public Task task(ProcessInstance instance, String taskKey) {
    List<Task> open = new ArrayList<>();
    for (String id : withCalled(instance.getId())) {
      open.addAll(engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).list());
    }
    assertThat(open).as("open task " + taskKey).hasSize(1);
    return open.get(0);
  }

  /** Completes the open task at the element as the person, with the engine checking who they are. */
  public void completeAs(String userId, ProcessInstance instance, String taskKey, Map<String, Object> answers) {
    Task task = task(instance, taskKey);
    engine.getIdentityService().setAuthenticatedUserId(userId);
    try {
      engine.getTaskService().complete(task.getId(), answers);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The candidate groups of the task. */
  public List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private List<String> withCalled(String instanceId) {
    List<String> ids = new ArrayList<>(List.of(instanceId));
    for (int i = 0; i < ids.size(); i++) {
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list().stream()
          .map(ProcessInstance::getId).forEach(ids::add);
    }
    return ids;
  }
}

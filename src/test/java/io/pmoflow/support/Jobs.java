package io.pmoflow.support;

import java.util.List;
import java.util.ArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.Job;

/** Runs due jobs the way the job executor would, for tests that switch it off. */
public final class Jobs {

  private Jobs() {}

  /**
   * Executes every executable job of the process instance until none is left (jobs that fail
   * stay with their retries decremented, as in production). Returns how many ran successfully.
   */
  public static int runAll(ManagementService management, String processInstanceId) {
    int ran = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> jobs =
          management
              .createJobQuery()
              .processInstanceId(processInstanceId)
              .executable()
              .list();
      if (jobs.isEmpty()) {
        return ran;
      }
      for (Job job : jobs) {
        try {
          management.executeJob(job.getId());
          ran++;
        } catch (RuntimeException failed) {
          // the engine has recorded the failure on the job (retries, exception), as in production
        }
      }
    }
    throw new IllegalStateException("Jobs of " + processInstanceId + " keep coming after 100 rounds");
  }

  /** Runs the jobs of the instance and of the instances it called, until none is left. */
  public static void runAllWithCalled(ManagementService management, RuntimeService runtime, String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<String> ids = new ArrayList<>(List.of(processInstanceId));
      runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list().stream()
          .map(ProcessInstance::getId).forEach(ids::add);
      int ran = 0;
      for (String id : ids) {
        ran += runAll(management, id);
      }
      if (ran == 0) {
        return;
      }
    }
  }

  /**
   * Starts the members' cases of an onboarding: each begins in a job of its own (the member
   * process's async start), which the job executor runs at once in production and tests run here.
   */
  public static void startMemberCases(ManagementService management, RuntimeService runtime, String onboardingInstanceId) {
    for (ProcessInstance member : runtime.createProcessInstanceQuery().superProcessInstanceId(onboardingInstanceId).list()) {
      for (var job : management.createJobQuery().processInstanceId(member.getId())
          .activityId(io.pmoflow.onboarding.MemberOnboardingElements.EVENT_MEMBER_TO_ONBOARD).list()) {
        management.executeJob(job.getId());
      }
    }
  }
}

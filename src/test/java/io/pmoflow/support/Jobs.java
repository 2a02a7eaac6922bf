package io.pmoflow.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
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
}

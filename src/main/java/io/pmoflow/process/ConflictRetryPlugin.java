package io.pmoflow.process;

import io.pmoflow.metrics.CommittedCounts;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A job that lost a race with another transaction (OptimisticLockingException) runs again within a
 * second, not on its step's retry cycle. Camunda 7 keeps the retries of such a job but still moves
 * it to the next interval of {@code camunda:failedJobRetryTimeCycle}, so a step with {@code R5/PT1M}
 * waited a minute for each collision. A conflict is not a failure of the step: nothing is written to
 * the job's exception, its retries are kept, and {@code pmoflow_job_conflicts_total} counts it. Any
 * other failure goes to Camunda's own retry handling.
 */
@Component
public class ConflictRetryPlugin extends AbstractProcessEnginePlugin {

  static final String CONFLICTS = "pmoflow.job.conflicts";
  /** The retry is spread over up to a second, so jobs that collided do not collide again in step. */
  static final int MAX_DELAY_MILLIS = 1000;

  private final CommittedCounts counts;

  ConflictRetryPlugin(CommittedCounts counts) {
    this.counts = counts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(
        (jobId, failure) -> isConflict(failure) ? new RetrySoon(jobId, failure) : new DefaultJobRetryCmd(jobId, failure));
  }

  static boolean isConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  private class RetrySoon extends JobRetryCmd implements Command<Object> {

    RetrySoon(String jobId, Throwable failure) {
      super(jobId, failure);
    }

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job == null) {
        return null; // done or deleted by the transaction that won
      }
      job.unlock();
      job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + ThreadLocalRandom.current().nextInt(MAX_DELAY_MILLIS)));
      counts.increment(CONFLICTS, "process", String.valueOf(job.getProcessDefinitionKey()));
      notifyAcquisition(commandContext);
      return null;
    }
  }
}

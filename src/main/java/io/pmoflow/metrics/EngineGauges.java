package io.pmoflow.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.pmoflow.notification.MailOutbox;
import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The gauges read from the database: the job executor's backlog, open incidents and the mail
 * outbox. They are counted by a few grouped queries on a schedule
 * ({@code pmoflow.metrics.refresh-interval}, default 15 s), not on every scrape, so a scraper
 * polling often costs the database nothing. Every node reports the same numbers (the database's).
 */
@Component
public class EngineGauges {

  // jobs the job executor would run now (due, retries left, active) and jobs a node holds
  private static final String JOBS =
      "select coalesce(PROCESS_DEF_KEY_, 'none') as process_key,"
          + " sum(case when (DUEDATE_ is null or DUEDATE_ <= ?) and (LOCK_OWNER_ is null or LOCK_EXP_TIME_ < ?)"
          + " then 1 else 0 end) as due,"
          + " sum(case when LOCK_OWNER_ is not null and LOCK_EXP_TIME_ >= ? then 1 else 0 end) as locked"
          + " from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 group by PROCESS_DEF_KEY_";

  private static final String INCIDENTS =
      "select coalesce(d.KEY_, 'none') as process_key, i.INCIDENT_TYPE_ as type, count(*) as open"
          + " from ACT_RU_INCIDENT i left join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_"
          + " group by d.KEY_, i.INCIDENT_TYPE_";

  static final String JOBS_DUE = "pmoflow.jobs.due";
  static final String JOBS_LOCKED = "pmoflow.jobs.locked";
  static final String INCIDENTS_OPEN = "pmoflow.incidents.open";
  static final String OUTBOX_DEPTH = "pmoflow.mail.outbox.depth";

  private final JdbcTemplate jdbc;
  private final MailOutbox outbox;
  private final MultiGauge jobsDue;
  private final MultiGauge jobsLocked;
  private final MultiGauge incidents;
  private final MultiGauge outboxDepth;

  EngineGauges(JdbcTemplate jdbc, MailOutbox outbox, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.jobsDue =
        MultiGauge.builder(JOBS_DUE)
            .description("Jobs due and not locked: the job executor's backlog, per process")
            .register(registry);
    this.jobsLocked =
        MultiGauge.builder(JOBS_LOCKED)
            .description("Jobs locked by a node (running, or held by a node that died until the lock expires)")
            .register(registry);
    this.incidents =
        MultiGauge.builder(INCIDENTS_OPEN).description("Open incidents, per process and type").register(registry);
    this.outboxDepth =
        MultiGauge.builder(OUTBOX_DEPTH)
            .description("Mails in the outbox that are not sent, per status (pending, sending, failed)")
            .register(registry);
  }

  @Scheduled(
      initialDelayString = "${pmoflow.metrics.refresh-interval:PT15S}",
      fixedDelayString = "${pmoflow.metrics.refresh-interval:PT15S}")
  public void refresh() {
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    List<Job> jobs =
        jdbc.query(
            JOBS,
            (row, n) -> new Job(row.getString("process_key"), row.getLong("due"), row.getLong("locked")),
            now, now, now);
    jobsDue.register(jobs.stream().map(job -> row(job.due(), "process", job.process())).toList(), true);
    jobsLocked.register(jobs.stream().map(job -> row(job.locked(), "process", job.process())).toList(), true);
    incidents.register(
        jdbc.query(
            INCIDENTS,
            (row, n) ->
                row(row.getLong("open"), "process", row.getString("process_key"), "type", row.getString("type"))),
        true);
    outboxDepth.register(
        outbox.unsentByStatus().entrySet().stream()
            .map(status -> row(status.getValue(), "status", status.getKey()))
            .toList(),
        true);
  }

  private static MultiGauge.Row<Number> row(long value, String... tags) {
    return MultiGauge.Row.of(Tags.of(tags), value);
  }

  private record Job(String process, long due, long locked) {}
}

package io.pmoflow.evaluation.environment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of what happened to each environment and when (table {@code evaluation_environment_event}). */
@Component
public class EnvironmentEvents {

  /** One line of an environment's record. */
  public record Event(String environmentKey, String kind, String detail, java.time.Instant occurredAt) {}

  static final String PROVISIONED = "provisioned";
  static final String DETAILS_ISSUED = "details-issued";
  static final String DETAILS_OPENED = "details-opened";
  static final String TORN_DOWN = "torn-down";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  EnvironmentEvents(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(String environmentKey, String kind, String detail) {
    jdbc.update(
        "insert into evaluation_environment_event (environment_key, kind, detail, occurred_at) values (?, ?, ?, ?)",
        environmentKey, kind, detail.length() > 1000 ? detail.substring(0, 1000) : detail, Timestamp.from(clock.instant()));
  }

  /** The environment's record, oldest first. */
  public List<Event> of(String environmentKey) {
    return jdbc.query(
        "select environment_key, kind, detail, occurred_at from evaluation_environment_event where environment_key = ? order by id",
        (row, n) -> new Event(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant()),
        environmentKey);
  }
}

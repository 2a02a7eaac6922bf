package io.pmoflow.process;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import io.pmoflow.listing.ListPage;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open user tasks of many cases at once: for a page of cases, what each waits on, on whom,
 * since when and until when, in one statement.
 *
 * <p>Camunda's task query cannot do this in one call: it returns no candidate groups (each task
 * would need its own identity-link query) and it does not follow a case into the processes it
 * calls (a vendor's member onboardings). So this reads the engine's runtime tables directly,
 * read-only: tasks, their process instance's root (the case) and their candidate links. The
 * schema of Camunda 7 runtime tables is stable, and 7.24 is its last release.
 */
@Component
public class OpenTasks {

  private static final String SQL =
      """
      select pi.ROOT_PROC_INST_ID_ as root_id, t.ID_ as task_id, t.NAME_ as name, t.TASK_DEF_KEY_ as task_key,
             t.ASSIGNEE_ as assignee, t.CREATE_TIME_ as created, t.DUE_DATE_ as due,
             l.GROUP_ID_ as candidate_group, l.USER_ID_ as candidate_user
      from ACT_RU_TASK t
      join ACT_RU_EXECUTION pi on pi.ID_ = t.PROC_INST_ID_
      left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'
      where pi.ROOT_PROC_INST_ID_ in (:cases)
      order by t.CREATE_TIME_, t.ID_, l.GROUP_ID_, l.USER_ID_
      """;

  private final NamedParameterJdbcTemplate jdbc;

  OpenTasks(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The open tasks of each case, by the case's process instance id, oldest first; a case that waits
   * on no one is absent. {@code stepName} turns a task's name into the step as the feature shows it.
   */
  public Map<String, List<OpenTask>> of(Collection<String> processInstanceIds, UnaryOperator<String> stepName) {
    List<String> cases = processInstanceIds.stream().filter(Objects::nonNull).distinct().toList();
    if (cases.isEmpty()) {
      return Map.of();
    }
    Map<String, Row> tasks = new LinkedHashMap<>();
    jdbc.query(SQL, Map.of("cases", cases), (ResultSet rs) -> {
      Row row = tasks.computeIfAbsent(rs.getString("task_id"), id -> newRow(rs));
      add(row.candidateGroups, rs.getString("candidate_group"));
      add(row.candidateUsers, rs.getString("candidate_user"));
    });
    Map<String, List<OpenTask>> byCase = new LinkedHashMap<>();
    for (Row row : tasks.values()) {
      byCase.computeIfAbsent(row.caseId, id -> new ArrayList<>())
          .add(new OpenTask(stepName.apply(row.name), row.taskKey, row.assignee,
              List.copyOf(row.candidateGroups), List.copyOf(row.candidateUsers), row.since, row.due));
    }
    return byCase;
  }

  /**
   * The page's cases, each given its open tasks: one statement for the whole page. {@code caseOf}
   * reads a case's process instance id, {@code withTasks} gives it its tasks.
   */
  public <T> ListPage<T> attach(
      ListPage<T> page, Function<T, String> caseOf, BiFunction<T, List<OpenTask>, T> withTasks, UnaryOperator<String> stepName) {
    Map<String, List<OpenTask>> waiting = of(page.items().stream().map(caseOf).toList(), stepName);
    return page.map(item -> {
      String id = caseOf.apply(item);
      // a case that has not started (a registered vendor) has no instance and waits on no one
      return withTasks.apply(item, id == null ? List.of() : waiting.getOrDefault(id, List.of()));
    });
  }

  private static final class Row {
    String caseId;
    String name;
    String taskKey;
    String assignee;
    Instant since;
    Instant due;
    final List<String> candidateGroups = new ArrayList<>();
    final List<String> candidateUsers = new ArrayList<>();
  }

  private static Row newRow(ResultSet rs) {
    try {
      Row row = new Row();
      row.caseId = rs.getString("root_id");
      row.name = rs.getString("name");
      row.taskKey = rs.getString("task_key");
      row.assignee = rs.getString("assignee");
      row.since = instant(rs.getTimestamp("created"));
      row.due = instant(rs.getTimestamp("due"));
      return row;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read an open task", e);
    }
  }

  private static void add(List<String> values, String value) {
    if (value != null && !values.contains(value)) {
      values.add(value);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

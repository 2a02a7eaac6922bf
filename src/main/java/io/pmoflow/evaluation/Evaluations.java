package io.pmoflow.evaluation;

import io.pmoflow.evaluation.environment.EvaluationEnvironments.EnvironmentInfo;
import io.pmoflow.i18n.Text;
import io.pmoflow.web.ApiException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The evaluation tables: plain SQL, one method per thing the steps read or write. */
@Repository
public class Evaluations {

  private final JdbcClient jdbc;

  Evaluations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a checked request with its candidates, criteria, testers and one empty sheet per tester and candidate. */
  long insert(NewEvaluation request, String requester, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into evaluation (project_id, question, data_set_code, environments_until, requested_by, requested_at, status)"
            + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(request.projectId(), request.question().strip(), request.dataSet(), request.environmentsUntil(), requester,
            Timestamp.from(now), EvaluationStatus.AWAITING_APPROVAL.name())
        .update(key, "id");
    long id = key.getKey().longValue();
    for (int i = 0; i < request.candidates().size(); i++) {
      NewEvaluation.Candidate c = request.candidates().get(i);
      jdbc.sql("insert into evaluation_candidate (evaluation_id, position, code, name, monthly_cost) values (?, ?, ?, ?, ?)")
          .params(id, i + 1, c.code(), c.name().strip(), c.monthlyCost()).update();
    }
    for (int i = 0; i < request.criteria().size(); i++) {
      NewEvaluation.Criterion c = request.criteria().get(i);
      jdbc.sql("insert into evaluation_criterion (evaluation_id, position, name, weight) values (?, ?, ?, ?)")
          .params(id, i + 1, c.name().strip(), c.weight()).update();
    }
    for (String tester : request.testers()) {
      jdbc.sql("insert into evaluation_tester (evaluation_id, user_id) values (?, ?)").params(id, tester).update();
      for (NewEvaluation.Candidate c : request.candidates()) {
        jdbc.sql("insert into evaluation_sheet (evaluation_id, tester, candidate_code) values (?, ?, ?)")
            .params(id, tester, c.code()).update();
      }
    }
    return id;
  }

  public Evaluation find(long id) {
    return jdbc.sql("select * from evaluation where id = ?").param(id).query(Evaluations::evaluation).optional()
        .orElseThrow(() -> ApiException.notFound(Text.of("thing.evaluation"), id));
  }

  List<Evaluation.Candidate> candidates(long id) {
    return jdbc.sql("select position, code, name, monthly_cost from evaluation_candidate where evaluation_id = ? order by position")
        .param(id)
        .query((rs, n) -> new Evaluation.Candidate(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
        .list();
  }

  List<Evaluation.Criterion> criteria(long id) {
    return jdbc.sql("select position, name, weight from evaluation_criterion where evaluation_id = ? order by position")
        .param(id)
        .query((rs, n) -> new Evaluation.Criterion(rs.getInt(1), rs.getString(2), rs.getInt(3)))
        .list();
  }

  List<String> testers(long id) {
    return jdbc.sql("select user_id from evaluation_tester where evaluation_id = ? order by user_id").param(id)
        .query(String.class).list();
  }

  List<Long> sheetIds(long id) {
    return jdbc.sql("select id from evaluation_sheet where evaluation_id = ? order by id").param(id).query(Long.class).list();
  }

  Evaluation.Sheet sheet(long sheetId) {
    return jdbc.sql("select id, evaluation_id, tester, candidate_code, submitted_at from evaluation_sheet where id = ?")
        .param(sheetId)
        .query((rs, n) -> new Evaluation.Sheet(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5)))
        .optional()
        .orElseThrow(() -> ApiException.notFound(Text.of("thing.score-sheet"), sheetId));
  }

  /** Replaces the sheet's scores (a retried completion writes the same rows again). */
  void saveScores(long sheetId, List<Evaluation.Score> scores, Instant now) {
    jdbc.sql("delete from evaluation_score where sheet_id = ?").param(sheetId).update();
    for (Evaluation.Score s : scores) {
      jdbc.sql("insert into evaluation_score (sheet_id, position, score, reason) values (?, ?, ?, ?)")
          .params(sheetId, s.position(), s.score(), s.reason()).update();
    }
    jdbc.sql("update evaluation_sheet set submitted_at = ? where id = ?").params(Timestamp.from(now), sheetId).update();
  }

  List<Evaluation.Score> scores(long id) {
    return jdbc.sql("select s.sheet_id, h.tester, h.candidate_code, s.position, s.score, s.reason from evaluation_score s"
            + " join evaluation_sheet h on h.id = s.sheet_id where h.evaluation_id = ? order by h.candidate_code, s.position, h.tester")
        .param(id)
        .query((rs, n) -> new Evaluation.Score(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6)))
        .list();
  }

  void status(long id, EvaluationStatus status) {
    jdbc.sql("update evaluation set status = ? where id = ?").params(status.name(), id).update();
  }

  void route(long id, String route, String rule) {
    jdbc.sql("update evaluation set approval_route = ?, approval_rule = ? where id = ?").params(route, rule, id).update();
  }

  void startedAs(long id, String processInstanceId) {
    jdbc.sql("update evaluation set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  void until(long id, LocalDate until) {
    jdbc.sql("update evaluation set environments_until = ? where id = ?").params(until, id).update();
  }

  /** The end date an extension asks for, until it is decided; null when none is pending. */
  void extensionRequested(long id, LocalDate until) {
    jdbc.sql("update evaluation set extension_until = ? where id = ?").params(until, id).update();
  }

  void recommendation(long id, String code, String text, String risks) {
    jdbc.sql("update evaluation set recommended_code = ?, recommendation = ?, risks = ? where id = ?")
        .params(code, text, risks, id).update();
  }

  void followUp(long id, String followUp, String followUpCase) {
    jdbc.sql("update evaluation set follow_up = ?, follow_up_case = ? where id = ?").params(followUp, followUpCase, id).update();
  }

  void record(long id, String step, String outcome, String actor, Instant at, String reason) {
    jdbc.sql("insert into evaluation_decision (evaluation_id, step, outcome, actor, decided_at, reason) values (?, ?, ?, ?, ?, ?)")
        .params(id, step, outcome, actor, Timestamp.from(at), reason).update();
  }

  List<Evaluation.Decision> trail(long id) {
    return jdbc.sql("select step, outcome, actor, decided_at, reason from evaluation_decision where evaluation_id = ? order by id")
        .param(id)
        .query((rs, n) -> new Evaluation.Decision(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), rs.getString(5)))
        .list();
  }

  /** Records what provisioning made; a retry records the same environment once. */
  void provisioned(long id, String candidateCode, EnvironmentInfo info, Instant now) {
    int updated = jdbc.sql("update evaluation_candidate_environment set database_name = ?, login_role = ?, directory_group = ? where environment_key = ?")
        .params(info.databaseName(), info.loginRole(), info.directoryGroup(), info.environmentKey()).update();
    if (updated == 0) {
      jdbc.sql("insert into evaluation_candidate_environment (evaluation_id, candidate_code, environment_key, database_name, login_role, directory_group, provisioned_at)"
              + " values (?, ?, ?, ?, ?, ?, ?)")
          .params(id, candidateCode, info.environmentKey(), info.databaseName(), info.loginRole(), info.directoryGroup(), Timestamp.from(now))
          .update();
    }
  }

  /** Records the removal; true the first time. */
  boolean tornDown(String environmentKey, Instant now) {
    return jdbc.sql("update evaluation_candidate_environment set torn_down_at = ? where environment_key = ? and torn_down_at is null")
        .params(Timestamp.from(now), environmentKey).update() > 0;
  }

  List<Evaluation.Environment> environments(long id) {
    return jdbc.sql("select candidate_code, environment_key, database_name, directory_group, provisioned_at, torn_down_at"
            + " from evaluation_candidate_environment where evaluation_id = ? order by candidate_code")
        .param(id)
        .query((rs, n) -> new Evaluation.Environment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            instant(rs, 5), instant(rs, 6)))
        .list();
  }

  /**
   * The environment keys that an evaluation still explains: every candidate of an evaluation that
   * is neither rejected nor closed, whether or not its environment was made yet.
   */
  List<String> explainedKeys() {
    return jdbc.sql("select e.id, c.code from evaluation e join evaluation_candidate c on c.evaluation_id = e.id"
            + " left join evaluation_candidate_environment env on env.environment_key = 'ev' || e.id || '_' || c.code"
            + " where e.status not in ('REJECTED', 'CLOSED') and env.torn_down_at is null")
        .query((rs, n) -> "ev" + rs.getLong(1) + "_" + rs.getString(2))
        .list();
  }

  /** Evaluations whose project the PM manages, or that the person asked for or tests. */
  boolean involves(long id, String userId) {
    return jdbc.sql("select count(*) from evaluation e join project p on p.id = e.project_id where e.id = ?"
            + " and (p.project_manager = ? or e.requested_by = ?"
            + " or exists (select 1 from evaluation_tester t where t.evaluation_id = e.id and t.user_id = ?))")
        .params(id, userId, userId, userId).query(Long.class).single() > 0;
  }

  private static Evaluation evaluation(ResultSet rs, int row) throws SQLException {
    return new Evaluation(
        rs.getLong("id"), rs.getLong("project_id"), rs.getString("question"), rs.getString("data_set_code"),
        rs.getObject("environments_until", LocalDate.class), rs.getString("requested_by"), instant(rs, "requested_at"),
        EvaluationStatus.valueOf(rs.getString("status")), rs.getString("approval_route"), rs.getString("approval_rule"),
        rs.getString("process_instance_id"), rs.getString("recommended_code"), rs.getString("recommendation"),
        rs.getString("risks"), rs.getString("follow_up"), rs.getString("follow_up_case"),
        rs.getObject("extension_until", LocalDate.class));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}

package io.pmoflow.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One embedded PostgreSQL server (zonky, as the integration tests use) holding one database per
 * application, with pg_stat_statements on. The applications log in as {@code postgres}; the
 * benchmark's own queries run as {@code bench}, so they are not counted as the applications' work.
 */
final class BenchmarkDatabase implements AutoCloseable {

  /** What an application's database holds and has done so far. */
  record Snapshot(long bytes, long statements, double statementMillis) {}

  private final EmbeddedPostgres postgres;

  private BenchmarkDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static BenchmarkDatabase start(String... databases) throws IOException, SQLException {
    BenchmarkDatabase database = new BenchmarkDatabase(EmbeddedPostgres.builder()
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setServerConfig("pg_stat_statements.track_utility", "off")
        .setServerConfig("max_connections", "100")
        .start());
    try (Connection connection = database.postgres.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("create role bench login superuser");
      sql.execute("create extension pg_stat_statements");
      for (String name : databases) {
        sql.execute("create database " + name);
      }
    }
    return database;
  }

  String jdbcUrl(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  Snapshot snapshot(String database) throws SQLException {
    long bytes;
    try (Connection connection = connection(database); Statement sql = connection.createStatement()) {
      bytes = single(sql, """
          select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c
          join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = 'public'""").getLong(1);
    }
    try (Connection connection = connection("postgres"); Statement sql = connection.createStatement()) {
      ResultSet statements = single(sql, """
          select coalesce(sum(s.calls), 0), coalesce(sum(s.total_exec_time), 0) from pg_stat_statements s
          join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid
          where d.datname = '%s' and r.rolname = 'postgres'""".formatted(database));
      return new Snapshot(bytes, statements.getLong(1), statements.getDouble(2));
    }
  }

  /**
   * What an application's database holds in detail: rows and bytes per table, statement calls and
   * time per query text, history variables per process, name and type.
   */
  record Detail(Map<String, Long> rows, Map<String, Long> bytes, Map<String, Long> calls, Map<String, Double> millis,
      Map<String, Long> variables) {}

  Detail detail(String database) throws SQLException {
    Map<String, Long> rows = new TreeMap<>();
    Map<String, Long> bytes = new TreeMap<>();
    Map<String, Long> variables = new TreeMap<>();
    try (Connection connection = connection(database); Statement sql = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet result = sql.executeQuery("""
          select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind = 'r' and n.nspname = 'public'""")) {
        while (result.next()) {
          tables.add(result.getString(1));
          bytes.put(result.getString(1), result.getLong(2));
        }
      }
      for (String table : tables) {
        rows.put(table, single(sql, "select count(*) from " + table).getLong(1));
      }
      try (ResultSet result = sql.executeQuery("""
          select coalesce(d.key_, '?') || ': ' || v.name_ || ' (' || v.var_type_ || ')'
            || case when v.task_id_ is not null then ', task-local' else '' end, count(*)
          from act_hi_varinst v left join act_re_procdef d on d.id_ = v.proc_def_id_ group by 1""")) {
        while (result.next()) {
          variables.put(result.getString(1), result.getLong(2));
        }
      }
    }
    Map<String, Long> calls = new HashMap<>();
    Map<String, Double> millis = new HashMap<>();
    try (Connection connection = connection("postgres"); Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery("""
            select s.query, s.calls, s.total_exec_time from pg_stat_statements s
            join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid
            where d.datname = '%s' and r.rolname = 'postgres'""".formatted(database))) {
      while (result.next()) {
        calls.merge(result.getString(1), result.getLong(2), Long::sum);
        millis.merge(result.getString(1), result.getDouble(3), Double::sum);
      }
    }
    return new Detail(rows, bytes, calls, millis, variables);
  }

  /** Waits (at most a minute) until the application's jobs that are due have run. */
  void awaitJobsDone(String database) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    try (Connection connection = connection(database); Statement sql = connection.createStatement()) {
      while (System.nanoTime() < deadline && single(sql,
          "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())").getLong(1) > 0) {
        Thread.sleep(200);
      }
    }
  }

  /**
   * Copies the rows that registering one vendor wrote (its vendor row, its Camunda group, the
   * group's authorizations) {@code copies} times, as vendors {@code <prefix>1..n}: thousands of
   * registered vendors in seconds, the same rows the API would have written for each.
   */
  void copyVendor(String database, String templateCode, String templateGroup, String prefix, int copies) throws SQLException {
    try (Connection connection = connection(database); Statement sql = connection.createStatement()) {
      copyRows(sql, "vendor", "code = '" + templateCode + "'", copies,
          Map.of("id", "", "code", "'" + prefix + "' || n", "contract_number", "'C-" + prefix + "' || n"));
      copyRows(sql, "act_id_group", "id_ = '" + templateGroup + "'", copies, Map.of("id_", "'vendor-" + prefix + "' || n"));
      copyRows(sql, "act_ru_authorization", "group_id_ = '" + templateGroup + "'", copies,
          Map.of("id_", "md5(random()::text || clock_timestamp()::text || n)", "group_id_", "'vendor-" + prefix + "' || n"));
    }
  }

  /** Inserts {@code copies} copies of the matching rows, columns in {@code replaced} computed from n (empty: left out). */
  private static void copyRows(Statement sql, String table, String where, int copies, Map<String, String> replaced) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet result = sql.executeQuery(
        "select column_name from information_schema.columns where table_schema = 'public' and table_name = '" + table + "'")) {
      while (result.next()) {
        columns.add(result.getString(1));
      }
    }
    List<String> kept = columns.stream().filter(column -> !"".equals(replaced.get(column))).toList();
    String values = kept.stream().map(column -> replaced.getOrDefault(column, "t." + column)).collect(Collectors.joining(", "));
    sql.executeUpdate("insert into " + table + " (" + String.join(", ", kept) + ") select " + values
        + " from " + table + " t, generate_series(1, " + copies + ") n where t." + where);
  }

  long count(String database, String table) throws SQLException {
    try (Connection connection = connection(database); Statement sql = connection.createStatement()) {
      return single(sql, "select count(*) from " + table).getLong(1);
    }
  }

  private Connection connection(String database) throws SQLException {
    return postgres.getDatabase("bench", database).getConnection();
  }

  private static ResultSet single(Statement sql, String query) throws SQLException {
    ResultSet result = sql.executeQuery(query);
    result.next();
    return result;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}

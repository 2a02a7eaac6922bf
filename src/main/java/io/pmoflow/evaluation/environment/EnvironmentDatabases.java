package io.pmoflow.evaluation.environment;

import static io.pmoflow.evaluation.environment.EnvironmentNames.quoted;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * The environments on the database server: a database and a login role per environment, the data
 * set in the database's table {@code data} (readable by the role, nothing else granted), and their
 * removal. Every method is idempotent and reads the server's own state, so a step that failed half
 * way finishes on its retry.
 */
class EnvironmentDatabases {

  static final String TABLE = "data";

  private final EnvironmentServer server;
  private final DataSetCatalogue catalogue;
  private final PersonalDataMasking masking;

  EnvironmentDatabases(EnvironmentServer server, DataSetCatalogue catalogue, PersonalDataMasking masking) {
    this.server = server;
    this.catalogue = catalogue;
    this.masking = masking;
  }

  /**
   * Creates the login role and the database if absent; the role gets CONNECT on its database, which
   * nobody else (PUBLIC) has. Returns whether the role was made now (it then has no password yet).
   */
  boolean ensureDatabaseAndRole(EnvironmentNames names) {
    try (Connection admin = server.connectAsAdmin(server.adminDatabase()); Statement sql = admin.createStatement()) {
      boolean roleMade = false;
      if (!exists(admin, "select 1 from pg_roles where rolname = ?", names.role())) {
        roleMade = createIgnoringDuplicate(sql, "create role " + quoted(names.role())
            + " login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls connection limit 20", "42710");
      }
      if (!exists(admin, "select 1 from pg_database where datname = ?", names.database())) {
        createIgnoringDuplicate(sql, "create database " + quoted(names.database()), "42P04");
      }
      sql.execute("revoke all on database " + quoted(names.database()) + " from public");
      sql.execute("grant connect on database " + quoted(names.database()) + " to " + quoted(names.role()));
      return roleMade;
    } catch (SQLException e) {
      throw ServerConnections.failure("make the database and role of " + names.key(), e);
    }
  }

  /**
   * Loads the data set, personal columns masked, into the environment's table in one transaction: a
   * load that broke off left nothing, and a table that is there is complete.
   */
  void load(EnvironmentNames names, DataSetCatalogue.Entry dataSet) {
    try (Connection admin = server.connectAsAdmin(names.database()); Statement sql = admin.createStatement()) {
      admin.setAutoCommit(false);
      if (exists(admin, "select 1 from pg_tables where schemaname = 'public' and tablename = ?", TABLE)) {
        admin.rollback();
        return;
      }
      sql.execute("revoke create on schema public from public");
      sql.execute("create table " + TABLE + " ("
          + dataSet.columns().stream().map(column -> quoted(column.name()) + " " + column.type()).collect(Collectors.joining(", ")) + ")");
      sql.execute("comment on table " + TABLE + " is 'data set " + dataSet.dataSet().code() + ", personal columns masked by PMO Flow'");
      admin.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "copy " + TABLE + " from stdin with (format csv)", new StringReader(maskedCsv(dataSet)));
      sql.execute("grant usage on schema public to " + quoted(names.role()));
      sql.execute("grant select on table " + TABLE + " to " + quoted(names.role()));
      admin.commit();
    } catch (SQLException e) {
      throw ServerConnections.failure("load the data set " + dataSet.dataSet().code() + " into " + names.key(), e);
    } catch (java.io.IOException e) {
      throw new EnvironmentServerUnavailableException("Loading " + names.key() + " broke off: " + e.getMessage(), e);
    }
  }

  /** Gives the role a new password, sent as a SCRAM verifier: the clear password never reaches the server or its log. */
  void setPassword(EnvironmentNames names, String password) {
    try (Connection admin = server.connectAsAdmin(server.adminDatabase())) {
      admin.unwrap(PGConnection.class).alterUserPassword(names.role(), password.toCharArray(), "scram-sha-256");
      // sessions opened with the old password end too (a removed tester's among them)
      endSessionsOf(admin, names.role());
    } catch (SQLException e) {
      throw ServerConnections.failure("set the password of " + names.role(), e);
    }
  }

  private static void endSessionsOf(Connection admin, String role) throws SQLException {
    try (PreparedStatement end = admin.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity where usename = ?")) {
      end.setString(1, role);
      end.executeQuery().close();
    }
  }

  /** Ends the sessions, drops the database and the role; returns what there was to remove. */
  List<String> drop(EnvironmentNames names) {
    List<String> removed = new ArrayList<>();
    try (Connection admin = server.connectAsAdmin(server.adminDatabase()); Statement sql = admin.createStatement()) {
      try (PreparedStatement end = admin.prepareStatement(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? or usename = ?")) {
        end.setString(1, names.database());
        end.setString(2, names.role());
        end.executeQuery().close();
      }
      if (exists(admin, "select 1 from pg_database where datname = ?", names.database())) {
        sql.execute("drop database if exists " + quoted(names.database()) + " with (force)");
        removed.add("database " + names.database());
      }
      if (exists(admin, "select 1 from pg_roles where rolname = ?", names.role())) {
        sql.execute("drop role if exists " + quoted(names.role()));
        removed.add("login role " + names.role());
      }
      return removed;
    } catch (SQLException e) {
      throw ServerConnections.failure("remove " + names.key(), e);
    }
  }

  /** The keys of the environments that have a database or a login role on the server. */
  Set<String> environmentKeys() {
    Set<String> keys = new TreeSet<>();
    try (Connection admin = server.connectAsAdmin(server.adminDatabase());
        Statement sql = admin.createStatement();
        ResultSet names = sql.executeQuery(
            "select datname from pg_database where datname like 'ev%'"
                + " union select rolname from pg_roles where rolname like 'ev%" + EnvironmentNames.ROLE_SUFFIX + "'")) {
      while (names.next()) {
        String name = names.getString(1);
        String key = name.endsWith(EnvironmentNames.ROLE_SUFFIX) ? name.substring(0, name.length() - EnvironmentNames.ROLE_SUFFIX.length()) : name;
        if (EnvironmentNames.KEY.matcher(key).matches()) {
          keys.add(key);
        }
      }
      return keys;
    } catch (SQLException e) {
      throw ServerConnections.failure("list the environments", e);
    }
  }

  private String maskedCsv(DataSetCatalogue.Entry dataSet) {
    StringBuilder csv = new StringBuilder();
    List<DataSetCatalogue.Column> columns = dataSet.columns();
    catalogue.readRows(dataSet, values -> {
      for (int i = 0; i < values.size(); i++) {
        Masking masked = columns.get(i).personal();
        String value = masked == null ? values.get(i) : masking.mask(masked, values.get(i));
        csv.append(i == 0 ? "" : ",").append(value.isEmpty() ? "" : "\"" + value.replace("\"", "\"\"") + "\"");
      }
      csv.append('\n');
    });
    return csv.toString();
  }

  private static boolean exists(Connection connection, String query, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  /** Runs a CREATE; another run that made the same thing a moment ago (that SQL state) is no error. */
  private static boolean createIgnoringDuplicate(Statement sql, String create, String duplicateState) throws SQLException {
    try {
      sql.execute(create);
      return true;
    } catch (SQLException e) {
      if (duplicateState.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }
}

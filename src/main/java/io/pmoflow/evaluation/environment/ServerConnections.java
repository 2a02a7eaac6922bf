package io.pmoflow.evaluation.environment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * Opens a connection per unit of work, no pool: environments are made and removed rarely, and a fresh
 * connection notices at once that the server went away or came back (retries depend on that).
 */
final class ServerConnections {

  private ServerConnections() {}

  static Connection open(String jdbcUrl, String user, String password, Duration timeout) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (password != null && !password.isEmpty()) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", Long.toString(Math.max(1, timeout.toSeconds())));
    properties.setProperty("ApplicationName", "pmo-flow evaluation environments");
    try {
      return DriverManager.getConnection(jdbcUrl, properties);
    } catch (SQLException e) {
      throw failure("connect to " + jdbcUrl, e);
    }
  }

  /**
   * A connection failure, a shutdown or a lack of resources is worth a retry ({@link
   * EnvironmentServerUnavailableException}); anything else is a refusal a retry will not fix.
   */
  static RuntimeException failure(String what, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53") || state.isEmpty()) {
      return new EnvironmentServerUnavailableException(
          "Evaluation database server unavailable: cannot " + what + ": " + e.getMessage(), e);
    }
    return new IllegalStateException("Evaluation database server refused to " + what + ": " + e.getMessage(), e);
  }
}

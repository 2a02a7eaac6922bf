package io.pmoflow.evaluation.environment;

import java.sql.Connection;

/** The PostgreSQL server that holds the environments, as its administrator sees it. */
interface EnvironmentServer {

  /**
   * A new connection as the administrator to one of the server's databases (the caller closes it).
   *
   * @throws EnvironmentServerUnavailableException when the server cannot be reached
   */
  Connection connectAsAdmin(String database);

  /** The database the administrator connects to for work on the server itself (roles, databases). */
  String adminDatabase();

  /** The JDBC URL of a database for anyone but the administrator (no user, no password). */
  String jdbcUrl(String database);

  /** Host and port as the testers reach them. */
  String publicHost();

  int port();
}

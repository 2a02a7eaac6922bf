package io.pmoflow.evaluation.environment;

import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL server given by the settings (production). */
class ExternalEnvironmentServer implements EnvironmentServer {

  private static final Pattern URL = Pattern.compile("jdbc:postgresql://(?<host>[^/:?]+)(?::(?<port>\\d+))?/(?<database>[^?]*)(?<options>\\?.*)?");

  private final EnvironmentSettings settings;
  private final String host;
  private final int port;
  private final String adminDatabase;
  private final String options;

  ExternalEnvironmentServer(EnvironmentSettings settings) {
    this.settings = settings;
    Matcher url = settings.url() == null ? null : URL.matcher(settings.url());
    if (url == null || !url.matches()) {
      throw new IllegalStateException(
          "pmoflow.evaluation.environments.url must be a JDBC URL like jdbc:postgresql://host:5432/postgres, not " + settings.url());
    }
    this.host = url.group("host");
    this.port = url.group("port") == null ? 5432 : Integer.parseInt(url.group("port"));
    this.adminDatabase = url.group("database").isEmpty() ? "postgres" : url.group("database");
    this.options = url.group("options") == null ? "" : url.group("options");
  }

  @Override
  public Connection connectAsAdmin(String database) {
    return ServerConnections.open(jdbcUrl(database) + options, settings.adminUser(), settings.adminPassword(), settings.connectTimeout());
  }

  @Override
  public String adminDatabase() {
    return adminDatabase;
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  @Override
  public String publicHost() {
    return settings.publicHost() == null || settings.publicHost().isBlank() ? host : settings.publicHost();
  }

  @Override
  public int port() {
    return port;
  }
}

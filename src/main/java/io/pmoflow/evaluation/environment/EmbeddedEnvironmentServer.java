package io.pmoflow.evaluation.environment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PMO Flow's own PostgreSQL for the environments (the default run and the tests), started from the
 * binaries on Maven Central at the first environment and stopped when the application stops. Its
 * data directory is kept across restarts.
 *
 * <p>The binaries' {@code initdb} trusts every local connection; right after the first start the
 * administrator gets a password (made once, kept in {@code evaluation-postgres.secret} beside the
 * data directory) and {@code pg_hba.conf} is rewritten to require SCRAM passwords of everyone, so an
 * environment's role is held to its own password and nobody on the machine can log in as the
 * administrator. Connecting to the maintenance databases is revoked from PUBLIC: a role connects
 * only to a database that was granted to it.
 */
class EmbeddedEnvironmentServer implements EnvironmentServer, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEnvironmentServer.class);
  static final String ADMIN = "postgres";

  private final EnvironmentSettings settings;
  private EmbeddedPostgres postgres;
  private String adminPassword;
  private boolean closed;

  EmbeddedEnvironmentServer(EnvironmentSettings settings) {
    this.settings = settings;
  }

  @Override
  public Connection connectAsAdmin(String database) {
    return ServerConnections.open(jdbcUrl(database), ADMIN, started().adminPassword, settings.connectTimeout());
  }

  @Override
  public String adminDatabase() {
    return "postgres";
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  @Override
  public String publicHost() {
    return settings.publicHost() == null || settings.publicHost().isBlank() ? "localhost" : settings.publicHost();
  }

  @Override
  public int port() {
    return started().postgres.getPort();
  }

  private synchronized EmbeddedEnvironmentServer started() {
    if (closed) {
      throw new EnvironmentServerUnavailableException("The evaluation database server has been stopped (the application is stopping)", null);
    }
    if (postgres == null) {
      start();
    }
    return this;
  }

  private void start() {
    Path secret;
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(settings.embeddedServer().port());
    if (settings.embeddedServer().temporary()) {
      secret = null;
      adminPassword = io.pmoflow.security.OneTimeTokens.newToken();
    } else {
      Path data = settings.embeddedDataDirectory().toAbsolutePath();
      secret = data.resolveSibling(data.getFileName() + ".secret");
      adminPassword = LocalSecrets.readOrCreate(secret);
      builder.setDataDirectory(data).setCleanDataDirectory(false);
    }
    builder.setConnectConfig("password", adminPassword);
    long started = System.nanoTime();
    try {
      postgres = builder.start();
    } catch (IOException | RuntimeException e) {
      throw new EnvironmentServerUnavailableException("The evaluation database server did not start: " + e.getMessage(), e);
    }
    requirePasswords();
    LOG.info("Evaluation database server started on port {} in {} ms", postgres.getPort(), (System.nanoTime() - started) / 1_000_000);
  }

  private void requirePasswords() {
    try (Connection admin = ServerConnections.open(jdbcUrl("postgres"), ADMIN, adminPassword, settings.connectTimeout());
        Statement sql = admin.createStatement()) {
      // a SCRAM verifier made here: the clear password never reaches the server or its log
      admin.unwrap(PGConnection.class).alterUserPassword(ADMIN, adminPassword.toCharArray(), "scram-sha-256");
      sql.execute("revoke connect, temporary on database postgres from public");
      sql.execute("revoke connect, temporary on database template1 from public");
      var rs = sql.executeQuery("show hba_file");
      rs.next();
      Path hba = Path.of(rs.getString(1));
      String required = """
          # written by PMO Flow: every connection needs its role's password
          local all all scram-sha-256
          host all all 127.0.0.1/32 scram-sha-256
          host all all ::1/128 scram-sha-256
          """;
      if (!required.equals(Files.readString(hba))) {
        Files.writeString(hba, required);
        sql.execute("select pg_reload_conf()");
      }
    } catch (SQLException e) {
      throw ServerConnections.failure("secure the embedded evaluation database server", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    if (postgres != null) {
      postgres.close();
    }
  }
}

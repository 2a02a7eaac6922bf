package io.pmoflow.evaluation.environment;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pmoflow.evaluation.environments.*}: the PostgreSQL server that holds the evaluation
 * environments and how PMO Flow administers it. With the embedded server on (the default run and the
 * tests) PMO Flow starts its own PostgreSQL from Maven Central's binaries and {@code url}, {@code
 * admin-user} and {@code admin-password} are ignored.
 *
 * @param url JDBC URL of a database the admin user may connect to on the server (e.g. {@code
 *     jdbc:postgresql://db.example:5432/postgres})
 * @param adminUser a role with CREATEDB and CREATEROLE (a superuser is not needed)
 * @param adminPassword its password: read from the settings only, never written to variables or logs
 * @param publicHost the host name testers connect to (default: the host of {@code url}, or {@code
 *     localhost} for the embedded server)
 * @param maskingKey the secret key of the masking of personal fields; empty: a key made once and kept
 *     in {@code <data folder>/evaluation-masking.key}
 * @param detailsLinkValidFor how long a tester's one-time link to the connection details works
 * @param connectTimeout how long to wait for the server before the step fails (and is retried)
 */
@ConfigurationProperties("pmoflow.evaluation.environments")
public record EnvironmentSettings(
    String url,
    String adminUser,
    String adminPassword,
    String publicHost,
    String maskingKey,
    Duration detailsLinkValidFor,
    Duration connectTimeout,
    Path dataFolder,
    Embedded embeddedServer) {

  public EnvironmentSettings {
    detailsLinkValidFor = detailsLinkValidFor == null ? Duration.ofDays(7) : detailsLinkValidFor;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
    dataFolder = dataFolder == null ? Path.of("data") : dataFolder;
    embeddedServer = embeddedServer == null ? new Embedded(false, 0, null, false) : embeddedServer;
  }

  /**
   * PMO Flow's own PostgreSQL: started at the first environment, its data kept in {@code
   * dataDirectory} (default {@code <data folder>/evaluation-postgres}) across restarts, stopped on
   * shutdown. Port 0 takes a free port. A {@code temporary} server (the tests') lives in a new
   * directory that is deleted when it stops.
   */
  public record Embedded(boolean enabled, int port, Path dataDirectory, boolean temporary) {}

  Path embeddedDataDirectory() {
    return embeddedServer.dataDirectory() != null ? embeddedServer.dataDirectory() : dataFolder.resolve("evaluation-postgres");
  }
}

package io.pmoflow.evaluation.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run's server as it lives across restarts: started, secured (passwords required of
 * everyone, the administrator's kept beside the data), stopped, and started again on the same data.
 */
class EmbeddedEnvironmentServerIT {

  @TempDir Path data;

  @Test
  void itKeepsItsDataAndRequiresPasswordsAcrossARestart() throws Exception {
    EnvironmentSettings settings = new EnvironmentSettings(null, null, null, null, null, null, Duration.ofSeconds(5), data,
        new EnvironmentSettings.Embedded(true, 0, data.resolve("evaluation-postgres"), false));
    try (EmbeddedEnvironmentServer server = new EmbeddedEnvironmentServer(settings);
        Connection admin = server.connectAsAdmin("postgres");
        Statement sql = admin.createStatement()) {
      sql.execute("create database kept");
      assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "").close())
          .isInstanceOf(SQLException.class);
    }
    assertThat(Files.readString(data.resolve("evaluation-postgres.secret"))).hasSizeGreaterThan(40);

    try (EmbeddedEnvironmentServer again = new EmbeddedEnvironmentServer(settings);
        Connection admin = again.connectAsAdmin("kept")) {
      assertThat(admin.isValid(2)).isTrue();
      assertThatThrownBy(() -> DriverManager.getConnection(again.jdbcUrl("postgres"), "postgres", "wrong").close())
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }
  }
}

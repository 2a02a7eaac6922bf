package io.pmoflow.support;

import com.zaxxer.hikari.HikariDataSource;
import io.pmoflow.PmoFlowApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One PMO Flow node of a cluster inside this JVM: the whole application on a shared (embedded)
 * PostgreSQL, on a free port, with its job executor on as in production, its own engine name (the
 * engines of one JVM share a registry) and its hostname {@code node-<name>} in the job log.
 */
public final class ClusterNode {

  private ClusterNode() {}

  public static ConfigurableApplicationContext start(EmbeddedPostgres postgres, String name, String... settings) {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0",
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres",
        "--spring.datasource.hikari.maximum-pool-size=10",
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.generic-properties.properties.hostname=node-" + name,
        "--camunda.bpm.process-engine-name=cluster-" + name,
        "--pmoflow.notification.task-mails.enabled=false",
        "--spring.jmx.enabled=false"));
    args.addAll(List.of(settings));
    return new SpringApplicationBuilder(PmoFlowApplication.class)
        .profiles("demo", "test")
        .run(args.toArray(String[]::new));
  }

  public static TestRestTemplate http(ConfigurableApplicationContext node) {
    String port = node.getEnvironment().getProperty("local.server.port");
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
  }

  public static JobExecutor jobExecutor(ConfigurableApplicationContext node) {
    return ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
        .getJobExecutor();
  }

  /** The first column of a query, read on this node's connections. */
  public static List<String> rows(ConfigurableApplicationContext node, String sql, Object... parameters) {
    List<String> values = new ArrayList<>();
    try (Connection connection = node.getBean(HikariDataSource.class).getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          values.add(result.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }
}

package io.pmoflow.startup;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * A start that finds one of its ports taken ends with one message: which port, which listener, and
 * the setting to change. Covers the web server ({@code server.port}), the embedded mail server
 * ({@code pmoflow.mail.embedded-server.smtp-port} / {@code imap-port}) and the embedded directory
 * ({@code pmoflow.directory.embedded-server.port}), which {@link EmbeddedPortsCheck} checks.
 * Registered in {@code META-INF/spring.factories}; it comes before Spring Boot's own analyzer, which
 * does not name the setting.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PortInUseFailureAnalyzer implements FailureAnalyzer {

  private final Environment environment;

  public PortInUseFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    PortTakenException taken = find(failure, PortTakenException.class);
    if (taken != null) {
      return analysis(taken.port(), taken.setting(), taken.listener(), failure);
    }
    PortInUseException web = find(failure, PortInUseException.class);
    if (web != null) {
      String setting =
          environment != null
                  && String.valueOf(web.getPort()).equals(environment.getProperty("management.server.port"))
              ? "management.server.port"
              : "server.port";
      return analysis(web.getPort(), setting, "The web server (Tasklist, Cockpit, the APIs)", failure);
    }
    return null;
  }

  private FailureAnalysis analysis(int port, String setting, String listener, Throwable failure) {
    String description = listener + " could not start: port " + port + " is already in use by another program.";
    String action =
        "Stop the program that listens on port " + port + " (e.g. another PMO Flow still running;"
            + " 'ss -ltnp | grep :" + port + "' shows it), or start PMO Flow with another port: set "
            + setting + ", e.g. --" + setting + "=" + suggestion(port) + " on the command line,"
            + " -Dspring-boot.run.arguments=--" + setting + "=" + suggestion(port) + " with mvn spring-boot:run,"
            + " or the environment variable " + environmentVariable(setting) + "."
            + (setting.equals("server.port")
                ? " Links in mails follow server.port unless pmoflow.base-url (PMOFLOW_BASE_URL) is set."
                : "");
    return new FailureAnalysis(description, action, failure);
  }

  private static int suggestion(int port) {
    return port > 0 && port < 65535 ? port + 1 : 0;
  }

  /** Spring Boot's relaxed binding: server.port ← SERVER_PORT. */
  static String environmentVariable(String setting) {
    return setting.replace("-", "").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}

package io.pmoflow.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Spring Boot starts, finds a port held by another program and stops with the message of {@link
 * PortInUseFailureAnalyzer} (registered in spring.factories): the port and the setting to change.
 * (The web server's port: Spring Boot's PortInUseException, see PortInUseFailureAnalyzerTest.)
 * The application's own start checks with {@link EmbeddedPortsCheck}, started here without the
 * engine (a failed engine start would leave Camunda's webapp filters pointing at a dead context
 * for every later test in the JVM).
 */
@ExtendWith(OutputCaptureExtension.class)
class TakenPortStartTest {

  @Configuration(proxyBeanMethods = false)
  @Import(EmbeddedPortsCheck.class)
  static class EmbeddedServers {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pmoflow.mail.embedded-server.smtp-port",
        "pmoflow.mail.embedded-server.imap-port",
        "pmoflow.directory.embedded-server.port"
      })
  void aTakenEmbeddedServerPortStopsTheStartNamingItsSetting(String setting, CapturedOutput output) throws Exception {
    try (ServerSocket other = PortInUseFailureAnalyzerTest.occupy()) {
      int port = other.getLocalPort();
      assertThatThrownBy(
              () ->
                  new SpringApplicationBuilder(EmbeddedServers.class)
                      .web(WebApplicationType.NONE)
                      .run(arguments(setting, port)))
          .isInstanceOf(PortTakenException.class);
      assertReported(output, port, setting);
    }
  }

  @Test
  void freePortsStartNormally() {
    new SpringApplicationBuilder(EmbeddedServers.class)
        .web(WebApplicationType.NONE)
        .run(
            "--pmoflow.mail.embedded-server.smtp-port=0",
            "--pmoflow.mail.embedded-server.imap-port=0",
            "--pmoflow.directory.embedded-server.port=0")
        .close();
  }

  /** The embedded servers on, every port free (0) but the one under test. */
  private static String[] arguments(String setting, int port) {
    return java.util.stream.Stream.of(
            "pmoflow.mail.embedded-server.smtp-port",
            "pmoflow.mail.embedded-server.imap-port",
            "pmoflow.directory.embedded-server.port")
        .map(each -> "--" + each + "=" + (each.equals(setting) ? port : 0))
        .toArray(String[]::new);
  }

  private static void assertReported(CapturedOutput output, int port, String setting) {
    assertThat(output.getAll())
        .contains("APPLICATION FAILED TO START")
        .contains("port " + port + " is already in use")
        .contains("set " + setting + ",");
  }
}

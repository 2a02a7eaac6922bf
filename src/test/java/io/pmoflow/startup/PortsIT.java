package io.pmoflow.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pmoflow.PmoFlowApplication;
import java.net.ServerSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The whole application started while another program holds one of its ports: the start fails
 * and says which port and which setting to change (and nothing else stays running).
 */
@ExtendWith(OutputCaptureExtension.class)
class PortsIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "server.port",
        "pmoflow.mail.embedded-server.smtp-port",
        "pmoflow.mail.embedded-server.imap-port",
        "pmoflow.directory.embedded-server.port"
      })
  void aTakenPortStopsTheStartNamingItsSetting(String setting, CapturedOutput output) throws Exception {
    assertStartRefused(setting, output);
  }

  private static void assertStartRefused(String setting, CapturedOutput output) throws Exception {
    try (ServerSocket other = PortInUseFailureAnalyzerTest.occupy()) {
      int port = other.getLocalPort();
      assertThatThrownBy(
              () ->
                  new SpringApplicationBuilder(PmoFlowApplication.class)
                      .profiles("demo", "test")
                      .properties(
                          "server.port=0",
                          "spring.datasource.url=jdbc:h2:mem:ports-" + setting + ";DB_CLOSE_DELAY=-1",
                          setting + "=" + port)
                      .run())
          .isNotNull();
      assertThat(output.getOut() + output.getErr())
          .contains("APPLICATION FAILED TO START")
          .contains("port " + port + " is already in use")
          .contains("set " + setting + ",");
    }
  }
}

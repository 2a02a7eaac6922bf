package io.pmoflow.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.mock.env.MockEnvironment;

/** Each listener of the embedded run, started on a port another program holds. */
class PortInUseFailureAnalyzerTest {

  private final MockEnvironment environment = new MockEnvironment();
  private final PortInUseFailureAnalyzer analyzer = new PortInUseFailureAnalyzer(environment);

  @Test
  void aTakenPortIsRefusedBeforeAnEmbeddedServerStarts() throws Exception {
    try (ServerSocket other = occupy()) {
      int port = other.getLocalPort();
      Throwable failure =
          catchFailure(() -> LocalPorts.requireFree(port, "pmoflow.mail.embedded-server.smtp-port", "The embedded mail server (SMTP)"));

      FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("greenMail", "failed", failure));
      assertThat(analysis.getDescription()).contains("port " + port).contains("mail server (SMTP)");
      assertThat(analysis.getAction())
          .contains("pmoflow.mail.embedded-server.smtp-port")
          .contains("PMOFLOW_MAIL_EMBEDDEDSERVER_SMTPPORT");
    }
  }

  @Test
  void portZeroIsNeverTaken() {
    LocalPorts.requireFree(0, "x", "y");
  }

  @Test
  void theWebServerOnATakenPortNamesServerPort() {
    FailureAnalysis analysis = analyzer.analyze(new PortInUseException(8080));
    assertThat(analysis.getDescription()).contains("port 8080").contains("web server");
    assertThat(analysis.getAction()).contains("server.port").contains("SERVER_PORT").contains("pmoflow.base-url");
  }

  @Test
  void otherFailuresAreLeftToOtherAnalyzers() {
    assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
  }

  static ServerSocket occupy() throws Exception {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(0)); // all addresses, as a server would
    return socket;
  }

  interface Failing {
    void run() throws Exception;
  }

  static Throwable catchFailure(Failing work) {
    try {
      work.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected the start to fail");
  }
}

package io.pmoflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded mail server forgets mails older than the retention period, and only those. */
class EmbeddedMailRetentionTest {

  GreenMail greenMail;

  @BeforeEach
  void start() {
    greenMail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
    greenMail.start();
    GreenMailUtil.sendTextEmail("ann@acme.example", "pmo-flow@localhost", "first", "body", greenMail.getSmtp().getServerSetup());
    GreenMailUtil.sendTextEmail("bob@acme.example", "pmo-flow@localhost", "second", "body", greenMail.getSmtp().getServerSetup());
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  @Test
  void mailsWithinTheRetentionPeriodStay() throws Exception {
    assertThat(retention(Instant.now().plus(Duration.ofDays(6))).removeOldMails()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(2);
  }

  @Test
  void mailsOlderThanTheRetentionPeriodGoFromEveryMailbox() throws Exception {
    assertThat(retention(Instant.now().plus(Duration.ofDays(8))).removeOldMails()).isEqualTo(2);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    GreenMailUtil.sendTextEmail("ann@acme.example", "pmo-flow@localhost", "third", "body", greenMail.getSmtp().getServerSetup());
    assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getSubject()).containsExactly("third");
  }

  private EmbeddedMailRetention retention(Instant now) {
    return new EmbeddedMailRetention(greenMail, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(7));
  }
}

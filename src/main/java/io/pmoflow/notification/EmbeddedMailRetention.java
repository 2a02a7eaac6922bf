package io.pmoflow.notification;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The embedded mail server keeps every mail in memory, so without a limit the embedded run's heap
 * grows with use (measured: the live heap kept growing on H2). Mails older than the retention period
 * are removed from every mailbox; the outbox table keeps the record of what was sent.
 */
@Component
@ConditionalOnProperty(name = "pmoflow.mail.embedded-server.enabled", havingValue = "true")
class EmbeddedMailRetention {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailRetention.class);

  private final GreenMail greenMail;
  private final Clock clock;
  private final Duration keep;

  EmbeddedMailRetention(
      GreenMail greenMail, Clock clock, @Value("${pmoflow.mail.embedded-server.keep:P7D}") Duration keep) {
    this.greenMail = greenMail;
    this.clock = clock;
    this.keep = keep;
  }

  /** Removes the mails received before the retention period; returns how many. */
  @Scheduled(fixedDelayString = "${pmoflow.mail.embedded-server.purge-interval:PT1H}", initialDelayString = "PT1M")
  int removeOldMails() throws FolderException {
    Instant before = clock.instant().minus(keep);
    int removed = 0;
    for (MailFolder folder : greenMail.getManagers().getImapHostManager().getStore().listMailboxes("*")) {
      int old = 0;
      for (StoredMessage message : folder.getMessages()) {
        if (message.getReceivedDate().toInstant().isBefore(before)) {
          message.setFlag(Flags.Flag.DELETED, true);
          old++;
        }
      }
      if (old > 0) {
        folder.expunge();
        removed += old;
      }
    }
    if (removed > 0) {
      log.info("Embedded mail server: removed {} mails received before {}", removed, before);
    }
    return removed;
  }
}

package io.pmoflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.pmoflow.support.Mailbox;
import io.pmoflow.support.PostgresIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class MailOutboxIT {

  @Autowired MailOutbox outbox;
  @Autowired OutboxMailRepository repository;
  @Autowired TransactionTemplate transaction;
  @Autowired GreenMail greenMail;

  @Test
  void aQueuedMailIsSentOverSmtpAfterTheTransactionCommits() throws Exception {
    String key = "test/" + UUID.randomUUID();
    transaction.executeWithoutResult(
        status -> outbox.enqueue(new OutgoingMail(key, "peter@pmoflow.example", "Subject " + key, "Hello Peter")));

    MimeMessage mail = awaitMailWithSubject("Subject " + key);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("peter@pmoflow.example");
    assertThat(GreenMailUtil.getBody(mail)).contains("Hello Peter");
    awaitStatus(key, OutboxMail.Status.SENT);
  }

  @Test
  void aMailWithASecretLosesItsBodyInTheOutboxOnceSent() throws Exception {
    String key = "test/" + UUID.randomUUID();
    transaction.executeWithoutResult(
        status ->
            outbox.enqueue(
                OutgoingMail.containingSecret(key, "ann@vendor.example", "Link " + key, "https://x/activate?token=s3cret")));

    assertThat(GreenMailUtil.getBody(awaitMailWithSubject("Link " + key))).contains("token=s3cret");
    awaitStatus(key, OutboxMail.Status.SENT);
    assertThat(repository.findByDedupeKeyStartingWithOrderById(key).get(0).getBody())
        .doesNotContain("s3cret")
        .isEqualTo(OutboxDispatcher.ERASED_BODY);
  }

  @Test
  void attachmentsTravelWithTheMail() throws Exception {
    String key = "test/" + UUID.randomUUID();
    byte[] pdf = "%PDF-1.7 a tiny stand-in".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    transaction.executeWithoutResult(
        status ->
            outbox.enqueue(
                new OutgoingMail(key, "victor@pmoflow.example", "Document " + key, "See the attachment")
                    .withAttachment("rfp-7-v2.pdf", "application/pdf", pdf)));

    MimeMessage mail = awaitMailWithSubject("Document " + key);
    jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    jakarta.mail.BodyPart attachment = parts.getBodyPart(1);
    assertThat(attachment.getFileName()).isEqualTo("rfp-7-v2.pdf");
    assertThat(attachment.getContentType()).startsWith("application/pdf");
    assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
  }

  @Test
  void theSameOccasionIsMailedOnce() throws Exception {
    String key = "test/" + UUID.randomUUID();
    for (int i = 0; i < 2; i++) {
      transaction.executeWithoutResult(
          status -> outbox.enqueue(new OutgoingMail(key, "paula@pmoflow.example", "Once " + key, "Body")));
    }

    awaitMailWithSubject("Once " + key);
    awaitStatus(key, OutboxMail.Status.SENT);
    assertThat(mailsWithSubject("Once " + key)).hasSize(1);
    assertThat(repository.findByDedupeKeyStartingWithOrderById(key)).hasSize(1);
  }

  @Test
  void aRolledBackStepQueuesAndSendsNothing() {
    String key = "test/" + UUID.randomUUID();
    transaction.executeWithoutResult(
        status -> {
          outbox.enqueue(new OutgoingMail(key, "sam@pmoflow.example", "Never " + key, "Body"));
          status.setRollbackOnly();
        });

    assertThat(repository.existsByDedupeKey(key)).isFalse();
  }

  @Test
  void mailIsQueuedOnlyInsideABusinessTransaction() {
    assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail("test/none", "x@pmoflow.example", "s", "b")))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  private MimeMessage awaitMailWithSubject(String subject) {
    return Mailbox.awaitMail(greenMail, "with the subject " + subject, m -> subject.equals(m.getSubject()));
  }

  private List<MimeMessage> mailsWithSubject(String subject) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return subject.equals(m.getSubject());
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }

  private void awaitStatus(String key, OutboxMail.Status status) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      List<OutboxMail> mails = repository.findByDedupeKeyStartingWithOrderById(key);
      if (!mails.isEmpty() && mails.get(0).getStatus() == status) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Mail " + key + " did not reach " + status);
  }
}

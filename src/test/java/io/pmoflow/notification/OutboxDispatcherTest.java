package io.pmoflow.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxDispatcherTest {

  static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

  OutboxMailRepository repository = mock(OutboxMailRepository.class);
  JavaMailSender sender = mock(JavaMailSender.class);
  OutboxDispatcher dispatcher =
      new OutboxDispatcher(
          repository,
          sender,
          new TransactionTemplate(mock(PlatformTransactionManager.class)),
          Clock.fixed(NOW, ZoneOffset.UTC),
          "pmo-flow@localhost");

  @Test
  void anSmtpFailureLeavesTheMailQueuedForALaterAttempt() {
    OutboxMail mail = queued(7L, 0);
    doomedSend();

    dispatcher.dispatchDue();

    verify(repository)
        .markFailedAttempt(eq(7L), eq(OutboxMail.Status.PENDING), eq(NOW.plus(Duration.ofMinutes(1))), any());
    verify(repository, never()).markSent(anyLong(), any());
  }

  @Test
  void theLastFailedAttemptGivesUp() {
    queued(8L, OutboxDispatcher.MAX_ATTEMPTS - 1);
    doomedSend();

    dispatcher.dispatchDue();

    verify(repository).markFailedAttempt(eq(8L), eq(OutboxMail.Status.FAILED), any(), any());
  }

  @Test
  void aMailAnotherNodeClaimedIsNotSentHere() {
    queued(9L, 0);
    when(repository.claim(9L, NOW)).thenReturn(0);

    dispatcher.dispatchDue();

    verify(sender, never()).send(any(MimeMessage.class));
  }

  private OutboxMail queued(long id, int attempts) {
    OutboxMail mail = new OutboxMail(new OutgoingMail("k" + id, "peter@pmoflow.example", "S", "B"), NOW);
    ReflectionTestUtils.setField(mail, "id", id);
    ReflectionTestUtils.setField(mail, "attempts", attempts);
    when(repository.findDue(eq(NOW), any(Limit.class))).thenReturn(List.of(id));
    when(repository.claim(id, NOW)).thenReturn(1);
    when(repository.findById(id)).thenReturn(Optional.of(mail));
    return mail;
  }

  private void doomedSend() {
    when(sender.createMimeMessage()).thenReturn(new MimeMessage((Session) null));
    org.mockito.Mockito.doThrow(new MailSendException("connection refused"))
        .when(sender)
        .send(any(MimeMessage.class));
  }
}

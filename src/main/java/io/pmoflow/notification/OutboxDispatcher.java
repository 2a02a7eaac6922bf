package io.pmoflow.notification;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mail over SMTP: right after the queuing transaction commits, and on a schedule for
 * retries (back-off doubling from one minute; after the last attempt the mail is FAILED and
 * logged). Each mail is claimed before sending, so two nodes never send the same one.
 */
@Component
public class OutboxDispatcher implements DisposableBean {

  static final int MAX_ATTEMPTS = 8;
  static final String ERASED_BODY = "(This mail held a secret, such as a one-time link; it was removed after sending.)";
  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final OutboxMailRepository repository;
  private final JavaMailSender mailSender;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String from;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(
      runnable -> {
        Thread thread = new Thread(runnable, "mail-outbox");
        thread.setDaemon(true);
        return thread;
      });

  OutboxDispatcher(
      OutboxMailRepository repository,
      JavaMailSender mailSender,
      TransactionTemplate transaction,
      Clock clock,
      @Value("${pmoflow.mail.from}") String from) {
    this.repository = repository;
    this.mailSender = mailSender;
    this.transaction = transaction;
    this.clock = clock;
    this.from = from;
  }

  void dispatchSoon() {
    executor.execute(this::dispatchDue);
  }

  @Scheduled(fixedDelayString = "${pmoflow.mail.retry-interval:PT30S}")
  public synchronized void dispatchDue() {
    Instant now = clock.instant();
    transaction.executeWithoutResult(
        status -> repository.releaseStale(now.minus(Duration.ofMinutes(10))));
    for (Long id : repository.findDue(now, Limit.of(50))) {
      Boolean claimed = transaction.execute(status -> repository.claim(id, now) == 1);
      if (Boolean.TRUE.equals(claimed)) {
        send(repository.findById(id).orElseThrow());
      }
    }
  }

  private void send(OutboxMail mail) {
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper =
          new MimeMessageHelper(message, !mail.getAttachments().isEmpty(), "UTF-8");
      helper.setFrom(from);
      helper.setTo(mail.getRecipient());
      helper.setSubject(mail.getSubject());
      helper.setText(mail.getBody());
      for (OutboxAttachment attachment : mail.getAttachments()) {
        helper.addAttachment(
            attachment.getFileName(), new ByteArrayResource(attachment.getContent()), attachment.getContentType());
      }
      mailSender.send(message);
      transaction.executeWithoutResult(
          status -> {
            repository.markSent(mail.getId(), clock.instant());
            if (mail.isEraseBodyAfterSend()) {
              repository.eraseBody(mail.getId(), ERASED_BODY);
            }
          });
    } catch (Exception e) {
      int attempt = mail.getAttempts() + 1;
      boolean last = attempt >= MAX_ATTEMPTS;
      Instant next = clock.instant().plus(Duration.ofMinutes(1L << Math.min(attempt - 1, 10)));
      String error = String.valueOf(e.getMessage());
      LOG.warn(
          "Mail {} to {} failed (attempt {} of {}){}: {}",
          mail.getDedupeKey(), mail.getRecipient(), attempt, MAX_ATTEMPTS,
          last ? ", giving up" : "", error);
      transaction.executeWithoutResult(
          status ->
              repository.markFailedAttempt(
                  mail.getId(),
                  last ? OutboxMail.Status.FAILED : OutboxMail.Status.PENDING,
                  next,
                  error.length() > 2000 ? error.substring(0, 2000) : error));
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}

package io.pmoflow.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The mail the application sent, as GreenMail received it. Mail leaves through the outbox after
 * the commit, so a test waits for it (up to 30 s on the busy shared machine) instead of looking once.
 */
public final class Mailbox {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private Mailbox() {}

  /** The latest mail to the address (one of its To: recipients) whose subject contains the text. */
  public static MimeMessage awaitMail(GreenMail greenMail, String to, String subjectPart) {
    return awaitMail(greenMail, "to " + to + " with '" + subjectPart + "' in its subject",
        message -> message.getSubject() != null
            && message.getSubject().contains(subjectPart)
            && sentTo(message, to));
  }

  private static boolean sentTo(MimeMessage message, String to) throws MessagingException {
    Address[] recipients = message.getRecipients(Message.RecipientType.TO);
    return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equals(to));
  }

  /** The latest mail that {@code which} accepts; {@code description} says which in the failure. */
  public static MimeMessage awaitMail(GreenMail greenMail, String description, MailFilter which) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      MimeMessage[] received = greenMail.getReceivedMessages();
      for (int i = received.length - 1; i >= 0; i--) {
        try {
          if (which.test(received[i])) {
            return received[i];
          }
        } catch (MessagingException e) {
          throw new IllegalStateException(e);
        }
      }
      greenMail.waitForIncomingEmail(500, received.length + 1);
    }
    throw new AssertionError("No mail " + description + " within " + PATIENCE.toSeconds() + " s");
  }

  /** The body as sent (every MIME part), with quoted-printable's soft line breaks and '=' undone. */
  public static String body(MimeMessage message) {
    return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
  }

  /** The text of the mail as its reader sees it: the plain-text parts, decoded (Japanese included). */
  public static String text(MimeMessage message) {
    try {
      return text(message.getContent());
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Object content) throws MessagingException, java.io.IOException {
    if (content instanceof String plain) {
      return plain;
    }
    StringBuilder text = new StringBuilder();
    if (content instanceof jakarta.mail.Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        jakarta.mail.BodyPart part = parts.getBodyPart(i);
        if (part.getFileName() == null && (part.isMimeType("text/plain") || part.isMimeType("multipart/*"))) {
          text.append(text(part.getContent()));
        }
      }
    }
    return text.toString();
  }

  /** The attachment of the mail with that file name, as bytes. */
  public static byte[] attachment(MimeMessage message, String fileName) {
    try {
      if (message.getContent() instanceof jakarta.mail.Multipart parts) {
        for (int i = 0; i < parts.getCount(); i++) {
          if (fileName.equals(parts.getBodyPart(i).getFileName())) {
            return parts.getBodyPart(i).getInputStream().readAllBytes();
          }
        }
      }
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    throw new AssertionError("The mail has no attachment " + fileName);
  }

  /** Which mail a test waits for; may read the message's headers. */
  @FunctionalInterface
  public interface MailFilter {
    boolean test(MimeMessage message) throws MessagingException;
  }
}

package io.pmoflow.notification;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A mail in the outbox: written in the business transaction, sent after it commits. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

  public enum Status {
    PENDING,
    SENDING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dedupe_key", nullable = false, unique = true)
  private String dedupeKey;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "erase_body_after_send", nullable = false)
  private boolean eraseBodyAfterSend;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
  @JoinColumn(name = "mail_id", nullable = false)
  @OrderBy("id")
  private List<OutboxAttachment> attachments = new ArrayList<>();

  protected OutboxMail() {}

  OutboxMail(OutgoingMail mail, Instant now) {
    this.dedupeKey = mail.dedupeKey();
    this.recipient = mail.to();
    this.subject = mail.subject();
    this.body = mail.body();
    this.eraseBodyAfterSend = mail.eraseBodyAfterSending();
    mail.attachments().forEach(attachment -> attachments.add(new OutboxAttachment(attachment)));
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getDedupeKey() {
    return dedupeKey;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public List<OutboxAttachment> getAttachments() {
    return attachments;
  }

  public boolean isEraseBodyAfterSend() {
    return eraseBodyAfterSend;
  }
}

package io.pmoflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file that goes with a mail in the outbox. */
@Entity
@Table(name = "outbox_mail_attachment")
public class OutboxAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(nullable = false)
  private byte[] content;

  protected OutboxAttachment() {}

  OutboxAttachment(OutgoingMail.Attachment attachment) {
    this.fileName = attachment.fileName();
    this.contentType = attachment.contentType();
    this.content = attachment.content();
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content;
  }
}

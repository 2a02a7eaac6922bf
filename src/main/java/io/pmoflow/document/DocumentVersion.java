package io.pmoflow.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** One stored version of a generated document (e.g. {@code rfp-42}, version 3). */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_key", nullable = false)
  private String documentKey;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String template;

  @Column(nullable = false)
  private byte[] html;

  @Column(nullable = false)
  private byte[] pdf;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected DocumentVersion() {}

  DocumentVersion(
      String documentKey,
      int version,
      String title,
      RenderedDocument rendered,
      String createdBy,
      Instant createdAt) {
    this.documentKey = documentKey;
    this.version = version;
    this.title = title;
    this.template = rendered.template();
    this.html = rendered.html().getBytes(StandardCharsets.UTF_8);
    this.pdf = rendered.pdf();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getDocumentKey() {
    return documentKey;
  }

  public int getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getTemplate() {
    return template;
  }

  public String getHtml() {
    return new String(html, StandardCharsets.UTF_8);
  }

  public byte[] getPdf() {
    return pdf;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  /** A file name for downloads, e.g. {@code rfp-42-v3.pdf}. */
  public String fileName(String extension) {
    return documentKey + "-v" + version + "." + extension;
  }
}

package io.pmoflow.specchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Version n of a project's specification, and the change request that made it (none for v1). */
@Entity
@Table(name = "spec_baseline")
public class SpecBaseline {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false)
  private int version;

  @Column(name = "change_request_id")
  private Long changeRequestId;

  @Column(nullable = false)
  private String summary;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected SpecBaseline() {}

  SpecBaseline(
      Long projectId, int version, Long changeRequestId, String summary, String createdBy, Instant at) {
    this.projectId = projectId;
    this.version = version;
    this.changeRequestId = changeRequestId;
    this.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  public Long getProjectId() {
    return projectId;
  }

  public int getVersion() {
    return version;
  }

  public Long getChangeRequestId() {
    return changeRequestId;
  }

  public String getSummary() {
    return summary;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}

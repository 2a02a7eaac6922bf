package io.pmoflow.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision on an access request: which stage, approved or rejected, by whom, when and why. */
@Entity
@Table(name = "access_decision")
public class AccessDecision {

  /** The PMO's delegated authority (the decision table's rule), security (or its fallback), the PM. */
  public static final String PMO_AUTHORITY = "PMO authority";
  public static final String SECURITY = "security";
  public static final String PM = "PM";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "grant_id", nullable = false)
  private Long grantId;

  @Column(nullable = false)
  private String stage;

  @Column(nullable = false)
  private boolean approved;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(nullable = false)
  private String reason;

  protected AccessDecision() {}

  AccessDecision(Long grantId, String stage, boolean approved, String decidedBy, Instant decidedAt, String reason) {
    this.grantId = grantId;
    this.stage = stage;
    this.approved = approved;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.reason = reason;
  }

  /** "security: approved by sam (Remote work agreed)". */
  public String inWords() {
    return stage + ": " + (approved ? "approved" : "rejected") + " by " + decidedBy + " (" + reason + ")";
  }

  public Long getGrantId() {
    return grantId;
  }

  public String getStage() {
    return stage;
  }

  public boolean isApproved() {
    return approved;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getReason() {
    return reason;
  }
}

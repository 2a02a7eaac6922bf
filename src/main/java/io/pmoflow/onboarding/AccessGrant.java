package io.pmoflow.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An access request (member x system role, with a justification) and the grant it becomes: who
 * decided, when and why, and whether it is provisioned, suspended or revoked.
 */
@Entity
@Table(name = "access_grant")
public class AccessGrant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "role_id", nullable = false)
  private SystemRole role;

  @Column(nullable = false)
  private String justification;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GrantStatus status;

  @Column(name = "approval_route")
  private String approvalRoute;

  /** The access-approval rule that chose the route, the inputs it read in words, and the table's version. */
  @Column(name = "approval_rule")
  private String approvalRule;

  @Column(name = "approval_inputs")
  private String approvalInputs;

  @Column(name = "approval_table")
  private String approvalTable;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "provisioned_at")
  private Instant provisionedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected AccessGrant() {}

  AccessGrant(
      Long memberId,
      SystemRole role,
      String justification,
      LocalDate validFrom,
      LocalDate validUntil,
      Instant requestedAt) {
    this.memberId = memberId;
    this.role = role;
    this.justification = justification;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.requestedAt = requestedAt;
    this.status = GrantStatus.REQUESTED;
  }

  void route(AccessRoute route) {
    this.approvalRoute = route.route();
    this.approvalRule = route.rule();
    this.approvalInputs = route.inputs();
    this.approvalTable = route.table();
  }

  void decide(boolean approved, String by, Instant at, String reason) {
    this.status = approved ? GrantStatus.APPROVED : GrantStatus.REJECTED;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
  }

  /** An approval at one stage that still needs the next approver keeps the request open. */
  void approveStage(String by, Instant at, String reason) {
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
  }

  void provisioned(Instant at) {
    this.status = GrantStatus.PROVISIONED;
    this.provisionedAt = at;
  }

  void unprovisioned() {
    this.status = GrantStatus.APPROVED;
    this.provisionedAt = null;
  }

  void suspend(Instant at) {
    this.status = GrantStatus.SUSPENDED;
    this.endedAt = at;
  }

  void revoke(Instant at) {
    this.status = GrantStatus.REVOKED;
    this.endedAt = at;
  }

  void extendUntil(LocalDate until) {
    this.validUntil = until;
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public SystemRole getRole() {
    return role;
  }

  public String getJustification() {
    return justification;
  }

  public GrantStatus getStatus() {
    return status;
  }

  public String getApprovalRoute() {
    return approvalRoute;
  }

  public String getApprovalRule() {
    return approvalRule;
  }

  public String getApprovalInputs() {
    return approvalInputs;
  }

  public String getApprovalTable() {
    return approvalTable;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public Instant getProvisionedAt() {
    return provisionedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}

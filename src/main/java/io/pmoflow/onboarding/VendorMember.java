package io.pmoflow.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person of a vendor's team, with the directory account name PMO Flow gives them. */
@Entity
@Table(name = "vendor_member")
public class VendorMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "vendor_id", nullable = false)
  private Long vendorId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String email;

  @Column(name = "role_in_project", nullable = false)
  private String roleInProject;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_type", nullable = false)
  private MemberType memberType;

  @Column(nullable = false, unique = true)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberStatus status;

  /** SHA-256 of the one-time activation token; the token itself is only ever in the mail. */
  @Column(name = "activation_token_hash")
  private String activationTokenHash;

  @Column(name = "activation_expires_at")
  private Instant activationExpiresAt;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  protected VendorMember() {}

  VendorMember(
      Long vendorId, NewMember request, String username, Instant addedAt) {
    this.vendorId = vendorId;
    this.name = request.name().strip();
    this.email = request.email().strip().toLowerCase(java.util.Locale.ROOT);
    this.roleInProject = request.roleInProject();
    this.memberType = request.memberType();
    this.username = username;
    this.status = MemberStatus.ONBOARDING;
    this.addedAt = addedAt;
  }

  void issueActivation(String tokenHash, Instant expiresAt) {
    this.activationTokenHash = tokenHash;
    this.activationExpiresAt = expiresAt;
  }

  void activate(Instant at) {
    this.activationTokenHash = null;
    this.activationExpiresAt = null;
    this.activatedAt = at;
  }

  void markActive() {
    this.status = MemberStatus.ACTIVE;
  }

  void markRejected() {
    this.status = MemberStatus.REJECTED;
  }

  void markFailed() {
    this.status = MemberStatus.FAILED;
  }

  void remove(Instant at) {
    this.status = MemberStatus.REMOVED;
    this.removedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getVendorId() {
    return vendorId;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getRoleInProject() {
    return roleInProject;
  }

  public MemberType getMemberType() {
    return memberType;
  }

  public String getUsername() {
    return username;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public String getActivationTokenHash() {
    return activationTokenHash;
  }

  public Instant getActivationExpiresAt() {
    return activationExpiresAt;
  }

  public Instant getActivatedAt() {
    return activatedAt;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public Instant getRemovedAt() {
    return removedAt;
  }
}

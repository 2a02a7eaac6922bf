package io.pmoflow.onboarding;

/** The life of one access grant. */
public enum GrantStatus {
  REQUESTED,
  APPROVED,
  REJECTED,
  PROVISIONED,
  SUSPENDED,
  REVOKED;

  /** A grant that explains an account or a group membership in the directory. */
  public boolean isLive() {
    return this == PROVISIONED || this == APPROVED;
  }
}

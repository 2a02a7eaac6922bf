package io.pmoflow.onboarding;

/** Where a vendor member stands. */
public enum MemberStatus {
  /** Entered; access being decided and provisioned. */
  ONBOARDING,
  /** Has an account and works on the contract. */
  ACTIVE,
  /** Every access request was rejected: no account was made. */
  REJECTED,
  /** Provisioning failed for good and was undone; the PMO decides what next. */
  FAILED,
  /** Left the vendor's team or the contract ended: no access any more. */
  REMOVED
}

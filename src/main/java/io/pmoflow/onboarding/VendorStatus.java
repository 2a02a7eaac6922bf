package io.pmoflow.onboarding;

/** Where a vendor's contract stands. */
public enum VendorStatus {
  /** Registered; onboarding not started. */
  REGISTERED,
  /** Onboarding started; the contract runs. */
  ACTIVE,
  /** The contract ended: accounts disabled, waiting for the grace period before deletion. */
  ENDED,
  /** Accounts deleted. */
  CLOSED
}

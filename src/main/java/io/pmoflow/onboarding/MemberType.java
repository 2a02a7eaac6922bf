package io.pmoflow.onboarding;

/** Whether a vendor member is the vendor's own employee or a subcontractor of the vendor. */
public enum MemberType {
  EMPLOYEE,
  SUBCONTRACTOR
}

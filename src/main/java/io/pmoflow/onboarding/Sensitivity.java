package io.pmoflow.onboarding;

/** How much harm misuse of a system could do; the access-approval decision reads it. */
public enum Sensitivity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}

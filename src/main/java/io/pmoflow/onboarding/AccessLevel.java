package io.pmoflow.onboarding;

/** What a system role lets its holder do; the access-approval decision reads it. */
public enum AccessLevel {
  READ,
  WRITE,
  ADMIN
}

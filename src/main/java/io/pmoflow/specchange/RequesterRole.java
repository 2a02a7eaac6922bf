package io.pmoflow.specchange;

/** On whose behalf a change is requested. */
public enum RequesterRole {
  PM,
  CLIENT,
  VENDOR
}

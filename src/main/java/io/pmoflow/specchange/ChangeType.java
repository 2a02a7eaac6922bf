package io.pmoflow.specchange;

/** How a change is handled: from the pre-approved catalogue, the normal way, or at once. */
public enum ChangeType {
  STANDARD,
  NORMAL,
  EMERGENCY;

  /** The value the process and the routing table use: {@code standard}, {@code normal}, ... */
  public String processValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

package io.pmoflow.process;

/**
 * Where a person follows a case: its key (CR-12, RFP-3, a vendor's code), the address to follow it
 * at (the case's readable page, or else its tasks), and its tasks in Tasklist.
 */
public record CaseFollowUp(String key, String followUrl, String tasksUrl) {

  /** The lines a mail ends with, so every mail about a case says the same. */
  public String mailLines() {
    return followUrl.equals(tasksUrl)
        ? "Follow it (its tasks in Tasklist): " + tasksUrl
        : "Follow it (status, decisions so far): " + followUrl + "\nOpen its tasks in Tasklist: " + tasksUrl;
  }
}

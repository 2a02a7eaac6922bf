package io.pmoflow.process;

import io.pmoflow.i18n.LanguageTexts;

/**
 * Where a person follows a case: its key (CR-12, RFP-3, a vendor's code), the address to follow it
 * at (the case's readable page, or else its tasks), and its tasks in Tasklist.
 */
public record CaseFollowUp(String key, String followUrl, String tasksUrl) {

  /** The lines a mail ends with, in the reader's language, so every mail about a case says the same. */
  public String mailLines(LanguageTexts text) {
    return followUrl.equals(tasksUrl)
        ? text.get("case.follow.tasks", tasksUrl)
        : text.get("case.follow.page", followUrl, tasksUrl);
  }
}

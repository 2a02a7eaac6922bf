package io.pmoflow.onboarding;

import io.pmoflow.process.ModelElements;

/** The elements of {@code processes/access-reconciliation.bpmn} that code and tests refer to. */
@ModelElements("access-reconciliation.bpmn")
public final class AccessReconciliationElements {

  public static final String EVENT_EVERY_MORNING = "Event_EveryMorning";
  public static final String EVENT_ORPHANS_REVIEWED = "Event_OrphansReviewed";
  public static final String EVENT_DIRECTORY_MATCHES_GRANTS = "Event_DirectoryMatchesGrants";

  public static final String TASK_COMPARE_DIRECTORY = "Task_CompareDirectory";
  public static final String TASK_REVIEW_ORPHANS = "Task_ReviewOrphans";

  public static final String GATEWAY_ORPHANS_FOUND = "Gateway_OrphansFound";

  private AccessReconciliationElements() {}
}

package io.pmoflow.evaluation;

import io.pmoflow.process.ModelElements;

/** The elements of {@code processes/environment-reconciliation.bpmn} that code and tests refer to. */
@ModelElements("environment-reconciliation.bpmn")
public final class EnvironmentReconciliationElements {

  public static final String EVENT_EVERY_MORNING = "Event_EveryMorning";
  public static final String EVENT_LEFTOVERS_REVIEWED = "Event_LeftoversReviewed";
  public static final String EVENT_ENVIRONMENTS_MATCH = "Event_EnvironmentsMatch";
  public static final String TASK_COMPARE_ENVIRONMENTS = "Task_CompareEnvironments";
  public static final String TASK_REVIEW_LEFTOVERS = "Task_ReviewLeftovers";

  private EnvironmentReconciliationElements() {}
}

package io.pmoflow.evaluation;

import io.pmoflow.process.ModelElements;

/** The elements of {@code processes/tool-evaluation.bpmn} that code and tests refer to. */
@ModelElements("tool-evaluation.bpmn")
public final class ToolEvaluationElements {

  public static final String EVENT_EVALUATION_REQUESTED = "Event_EvaluationRequested";
  public static final String EVENT_REQUEST_REJECTED = "Event_RequestRejected";
  public static final String EVENT_END_APPROACHING = "Event_EndApproaching";
  public static final String EVENT_END_DATE_REACHED = "Event_EndDateReached";
  public static final String EVENT_EVALUATION_CLOSED = "Event_EvaluationClosed";

  public static final String TASK_INFRASTRUCTURE_APPROVAL = "Task_InfrastructureApproval";
  public static final String TASK_PM_APPROVAL = "Task_PmApproval";
  public static final String TASK_PROVISION_ENVIRONMENTS = "Task_ProvisionEnvironments";
  public static final String TASK_TRY_CANDIDATE = "Task_TryCandidate";
  public static final String TASK_MODERATE_SCORES = "Task_ModerateScores";
  public static final String TASK_WRITE_RECOMMENDATION = "Task_WriteRecommendation";
  public static final String TASK_SEND_RECOMMENDATION = "Task_SendRecommendation";
  public static final String TASK_REVIEW_RECOMMENDATION = "Task_ReviewRecommendation";
  public static final String TASK_START_FOLLOW_UP = "Task_StartFollowUp";
  public static final String TASK_ENVIRONMENTS_IN_USE = "Task_EnvironmentsInUse";
  public static final String TASK_REMIND_END = "Task_RemindEnd";
  public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
  public static final String TASK_TEAR_DOWN_ENVIRONMENTS = "Task_TearDownEnvironments";

  private ToolEvaluationElements() {}
}

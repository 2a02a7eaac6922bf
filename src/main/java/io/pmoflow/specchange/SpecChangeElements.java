package io.pmoflow.specchange;

import io.pmoflow.process.ModelElements;

/** The elements of {@code processes/spec-change-approval.bpmn} that code and tests refer to. */
@ModelElements("spec-change-approval.bpmn")
public final class SpecChangeElements {

  // the person's steps
  public static final String TASK_TRIAGE = "Task_Triage";
  public static final String TASK_ANSWER_QUESTION = "Task_AnswerQuestion";
  public static final String TASK_IMPACT_ANALYSIS = "Task_ImpactAnalysis";
  public static final String TASK_VENDOR_ESTIMATE = "Task_VendorEstimate";
  public static final String TASK_PM_APPROVAL = "Task_PmApproval";
  public static final String TASK_BOARD_VOTE = "Task_BoardVote";
  public static final String TASK_SPONSOR_APPROVAL = "Task_SponsorApproval";
  public static final String TASK_PM_EMERGENCY_APPROVAL = "Task_PmEmergencyApproval";
  public static final String TASK_EMERGENCY_BOARD_REVIEW = "Task_EmergencyBoardReview";
  public static final String TASK_CONTRACT_AMENDMENT = "Task_ContractAmendment";
  public static final String TASK_REVERIFY_MANUAL = "Task_ReverifyManual";
  public static final String TASK_APPROVE_REVERIFICATION = "Task_ApproveReverification";

  // the system's steps
  public static final String TASK_REGISTER_REQUEST = "Task_RegisterRequest";
  public static final String TASK_ROUTE_CHANGE = "Task_RouteChange";
  public static final String TASK_RECORD_ROUTE = "Task_RecordRoute";
  public static final String TASK_WRITE_BASELINE = "Task_WriteBaseline";
  public static final String TASK_NOTIFY_APPROVED = "Task_NotifyApproved";
  public static final String TASK_ROLL_BACK_BASELINE = "Task_RollBackBaseline";
  public static final String TASK_NOTIFY_ROLLED_BACK = "Task_NotifyRolledBack";
  public static final String TASK_NOTIFY_REJECTED = "Task_NotifyRejected";
  public static final String TASK_NOTIFY_WITHDRAWN = "Task_NotifyWithdrawn";
  public static final String TASK_SEND_REMINDER = "Task_SendReminder";
  public static final String TASK_ESCALATE = "Task_Escalate";
  public static final String TASK_CLOSE_REQUEST = "Task_CloseRequest";

  // events
  public static final String EVENT_CHANGE_REQUESTED = "Event_ChangeRequested";
  public static final String EVENT_FOLLOW_UP_REACHED = "Event_FollowUpReached";
  public static final String EVENT_PM_REMINDER = "Event_PmReminder";
  public static final String EVENT_PM_ESCALATION = "Event_PmEscalation";
  public static final String EVENT_BOARD_REMINDER = "Event_BoardReminder";
  public static final String EVENT_BOARD_ESCALATION = "Event_BoardEscalation";
  public static final String EVENT_SPONSOR_REMINDER = "Event_SponsorReminder";
  public static final String EVENT_SPONSOR_ESCALATION = "Event_SponsorEscalation";
  public static final String EVENT_CLOSED = "Event_Closed";
  public static final String EVENT_REJECTED = "Event_Rejected";
  public static final String EVENT_ROLLED_BACK = "Event_RolledBack";
  public static final String EVENT_REMINDED = "Event_Reminded";
  public static final String EVENT_ESCALATED = "Event_Escalated";
  public static final String EVENT_WITHDRAWN = "Event_Withdrawn";
  public static final String EVENT_WITHDRAWAL_DONE = "Event_WithdrawalDone";

  // the sub-process and its message
  public static final String SUB_PROCESS_WITHDRAWAL = "SubProcess_Withdrawal";
  public static final String MESSAGE_WITHDRAWN = "Message_ChangeRequestWithdrawn";

  private SpecChangeElements() {}
}

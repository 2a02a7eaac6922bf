package io.pmoflow.onboarding;

import io.pmoflow.process.ModelElements;

/** The elements of {@code processes/vendor-onboarding.bpmn} that code and tests refer to. */
@ModelElements("vendor-onboarding.bpmn")
public final class VendorOnboardingElements {

  public static final String EVENT_ONBOARDING_REQUESTED = "Event_OnboardingRequested";
  public static final String EVENT_CONTRACT_RUNS = "Event_ContractRuns";
  public static final String EVENT_CONTRACT_ENDS = "Event_ContractEnds";
  public static final String EVENT_CONTRACT_OVER = "Event_ContractOver";
  public static final String EVENT_CONTRACT_EXTENDED = "Event_ContractExtended";
  public static final String EVENT_FIRST_REMINDER_DUE = "Event_FirstReminderDue";
  public static final String EVENT_LAST_REMINDER_DUE = "Event_LastReminderDue";
  public static final String EVENT_FIRST_REMINDER_SENT = "Event_FirstReminderSent";
  public static final String EVENT_LAST_REMINDER_SENT = "Event_LastReminderSent";
  public static final String EVENT_GRACE_PERIOD_OVER = "Event_GracePeriodOver";
  public static final String EVENT_VENDOR_ACCESS_CLOSED = "Event_VendorAccessClosed";
  public static final String EVENT_MEMBER_ADDED = "Event_MemberAdded";
  public static final String EVENT_NEW_MEMBER_ONBOARDED = "Event_NewMemberOnboarded";
  public static final String EVENT_MEMBER_REMOVED = "Event_MemberRemoved";
  public static final String EVENT_MEMBER_ACCESS_REMOVED = "Event_MemberAccessRemoved";

  public static final String TASK_COLLECT_NDA = "Task_CollectNda";
  public static final String TASK_RECORD_NDA = "Task_RecordNda";
  public static final String TASK_SEND_ACCESS_SUMMARY = "Task_SendAccessSummary";
  public static final String TASK_REMIND_CONTRACT_END_FIRST = "Task_RemindContractEndFirst";
  public static final String TASK_REMIND_CONTRACT_END_LAST = "Task_RemindContractEndLast";
  public static final String TASK_MOVE_EXPIRY = "Task_MoveExpiry";
  public static final String TASK_DISABLE_ACCOUNTS = "Task_DisableAccounts";
  public static final String TASK_DELETE_ACCOUNTS = "Task_DeleteAccounts";
  public static final String TASK_SEND_MEMBER_SUMMARY = "Task_SendMemberSummary";
  public static final String TASK_REMOVE_MEMBER_ACCESS = "Task_RemoveMemberAccess";

  public static final String CALL_ACTIVITY_ONBOARD_MEMBERS = "CallActivity_OnboardMembers";
  public static final String CALL_ACTIVITY_ONBOARD_NEW_MEMBER = "CallActivity_OnboardNewMember";

  public static final String SUB_PROCESS_CONTRACT_RUNNING = "SubProcess_ContractRunning";
  public static final String SUB_PROCESS_MEMBER_JOINS = "SubProcess_MemberJoins";
  public static final String SUB_PROCESS_MEMBER_LEAVES = "SubProcess_MemberLeaves";

  public static final String GATEWAY_NDA_ON_FILE = "Gateway_NdaOnFile";
  public static final String GATEWAY_NDA_READY = "Gateway_NdaReady";
  public static final String GATEWAY_CONTRACT_PLANNING = "Gateway_ContractPlanning";

  public static final String MESSAGE_MEMBER_ADDED = "Message_MemberAdded";
  public static final String MESSAGE_MEMBER_REMOVED = "Message_MemberRemoved";
  public static final String MESSAGE_CONTRACT_EXTENDED = "Message_ContractExtended";

  private VendorOnboardingElements() {}
}

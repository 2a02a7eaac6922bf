package io.pmoflow.onboarding;

import io.pmoflow.process.ModelElements;

/** The elements of {@code processes/vendor-member-onboarding.bpmn} that code and tests refer to. */
@ModelElements("vendor-member-onboarding.bpmn")
public final class MemberOnboardingElements {

  public static final String EVENT_MEMBER_TO_ONBOARD = "Event_MemberToOnboard";
  public static final String EVENT_REQUEST_TO_DECIDE = "Event_RequestToDecide";
  public static final String EVENT_APPROVAL_OVERDUE = "Event_ApprovalOverdue";
  public static final String EVENT_APPROVAL_REMINDER_DUE = "Event_ApprovalReminderDue";
  public static final String EVENT_SECURITY_REMINDED = "Event_SecurityReminded";
  public static final String EVENT_REQUEST_DECIDED = "Event_RequestDecided";
  public static final String EVENT_NOTHING_TO_PROVISION = "Event_NothingToProvision";
  public static final String EVENT_MEMBER_ONBOARDED = "Event_MemberOnboarded";
  public static final String EVENT_UNDO_ACCOUNT = "Event_UndoAccount";
  public static final String EVENT_ACCOUNT_REJECTED = "Event_AccountRejected";
  public static final String EVENT_GROUP_REJECTED = "Event_GroupRejected";
  public static final String EVENT_UNDO_PROVISIONING = "Event_UndoProvisioning";
  public static final String EVENT_PROVISIONING_ABANDONED = "Event_ProvisioningAbandoned";

  public static final String TASK_LOAD_ACCESS_REQUESTS = "Task_LoadAccessRequests";
  public static final String TASK_SECURITY_APPROVAL = "Task_SecurityApproval";
  public static final String TASK_REMIND_SECURITY = "Task_RemindSecurity";
  public static final String TASK_FALLBACK_APPROVAL = "Task_FallbackApproval";
  public static final String TASK_PM_APPROVAL = "Task_PmApproval";
  public static final String TASK_COLLECT_APPROVED_ACCESS = "Task_CollectApprovedAccess";
  public static final String TASK_CREATE_ACCOUNT = "Task_CreateAccount";
  public static final String TASK_GRANT_ACCESS = "Task_GrantAccess";
  public static final String TASK_SEND_ACTIVATION = "Task_SendActivation";
  public static final String TASK_REMOVE_ACCOUNT = "Task_RemoveAccount";
  public static final String TASK_FIX_PROVISIONING = "Task_FixProvisioning";
  public static final String TASK_RECORD_FAILED_PROVISIONING = "Task_RecordFailedProvisioning";

  public static final String SUB_PROCESS_DECIDE_EACH_REQUEST = "SubProcess_DecideEachRequest";

  public static final String GATEWAY_SECURITY_DECIDED = "Gateway_SecurityDecided";
  public static final String GATEWAY_SECURITY_APPROVED = "Gateway_SecurityApproved";
  public static final String GATEWAY_PM_NEEDED = "Gateway_PmNeeded";
  public static final String GATEWAY_REQUEST_DECIDED = "Gateway_RequestDecided";
  public static final String GATEWAY_ANYTHING_APPROVED = "Gateway_AnythingApproved";
  public static final String GATEWAY_PROVISIONING_STARTS = "Gateway_ProvisioningStarts";
  public static final String GATEWAY_PROVISIONING_FAILED = "Gateway_ProvisioningFailed";
  public static final String GATEWAY_FIX_CHOICE = "Gateway_FixChoice";

  public static final String ERROR_DIRECTORY_REJECTED = "Error_DirectoryRejected";

  private MemberOnboardingElements() {}
}

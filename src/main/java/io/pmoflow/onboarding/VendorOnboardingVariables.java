package io.pmoflow.onboarding;

/** Variable, message and error names of vendor-onboarding, vendor-member-onboarding, access-reconciliation. */
public final class VendorOnboardingVariables {

  public static final String PROCESS_KEY = "vendor-onboarding";
  public static final String MEMBER_PROCESS_KEY = "vendor-member-onboarding";
  public static final String RECONCILIATION_PROCESS_KEY = "access-reconciliation";

  public static final String VENDOR_ID = "vendorId";
  /** Set when an RFP award started the onboarding: the link back to the RFP. */
  public static final String RFP_ID = "rfpId";
  public static final String MEMBER_IDS = "memberIds";
  public static final String MEMBER_ID = "memberId";
  public static final String NDA_ON_FILE = "ndaOnFile";
  /** Which vendor and contract an onboarding is about, in words: its tasks' names carry it. */
  public static final String VENDOR_CASE = "vendorCase";
  /** Which member a member onboarding is about, in words ("Ann Archer (Initech)"): its tasks' names carry it. */
  public static final String MEMBER_CASE = "memberCase";
  public static final String GRANT_ID = "grantId";
  /** Gateway "Anything approved?": none of the member's requests was approved. */
  public static final String NOTHING_APPROVED = "nothingApproved";

  // one access request that people decide (local to its instance of "Decide each access request")
  /** The request in a few words ("Ann Archer → vpn/user (Initech)"): the approval tasks' names carry it. */
  public static final String ACCESS_CASE = "accessCase";
  /** Gateway "PM approval needed?": security approved a request whose recorded route needs the PM too. */
  public static final String PM_APPROVAL_NEEDED = "pmApprovalNeeded";
  public static final String APPROVED = "approved";
  public static final String REASON = "reason";
  /**
   * The approval forms' two reason fields, local to each approval task: an optional one shown for
   * approve, a required one for reject (form-js 1.8.7 has no conditional "required"); the form
   * submits the shown one also as {@link #REASON}.
   */
  public static final String APPROVAL_REASON = "approvalReason";
  public static final String REJECTION_REASON = "rejectionReason";

  /*
   * What a task's form shows read-only above the decision, in plain words: task-local variables
   * written by the task's create listener, never a field the person edits.
   */
  /** The member: name, e-mail, role in the project, employee or subcontractor. */
  public static final String SHOWN_MEMBER = "shownMember";
  /** The vendor and when its contract ends. */
  public static final String SHOWN_VENDOR = "shownVendor";
  /** The system and role asked for, with the access level and the system's sensitivity. */
  public static final String SHOWN_ACCESS = "shownAccess";
  /** The justification as typed. */
  public static final String SHOWN_JUSTIFICATION = "shownJustification";
  /** The rule of the access-approval table that routed the request. */
  public static final String SHOWN_RULE = "shownRule";
  /** For the PM: security's decision and its reason. */
  public static final String SHOWN_SECURITY_DECISION = "shownSecurityDecision";
  /** "Collect the NDA": the contract's number and its dates. */
  public static final String SHOWN_CONTRACT = "shownContract";
  /** "Fix failed provisioning": the member's account (user name) and the directory's error. */
  public static final String SHOWN_ACCOUNT = "shownAccount";
  public static final String SHOWN_ERROR = "shownError";
  /** The directory's refusal, as the error boundary events of provisioning catch it. */
  public static final String PROVISIONING_ERROR = "provisioningError";


  public static final String NDA_RECEIVED = "ndaReceived";
  public static final String PROVISIONING_ACTION = "provisioningAction";
  public static final String RETRY = "retry";
  public static final String GIVE_UP = "giveUp";
  /** Gateway "Try again?": the PMO chose to try the provisioning again. */
  public static final String RETRY_PROVISIONING = "retryProvisioning";

  public static final String ORPHAN_COUNT = "orphanCount";
  public static final String ORPHAN_REPORT = "orphanReport";
  /** Gateway "Orphans found?": the directory holds access that no grant explains. */
  public static final String ORPHANS_FOUND = "orphansFound";

  public static final String MEMBER_ADDED = "MemberAdded";
  public static final String MEMBER_REMOVED = "MemberRemoved";
  public static final String CONTRACT_EXTENDED = "ContractExtended";
  public static final String DIRECTORY_REJECTED = "DIRECTORY_REJECTED";

  public static final String AUTO = "AUTO";
  public static final String SECURITY_ROUTE = "SECURITY";
  public static final String SECURITY_AND_PM = "SECURITY_AND_PM";

  private VendorOnboardingVariables() {}
}

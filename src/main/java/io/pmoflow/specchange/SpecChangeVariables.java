package io.pmoflow.specchange;

/** Names of the process variables of {@code spec-change-approval}. */
public final class SpecChangeVariables {

  public static final String PROCESS_KEY = "spec-change-approval";
  public static final String WITHDRAWN_MESSAGE = "ChangeRequestWithdrawn";

  // ids and people
  public static final String CHANGE_REQUEST_ID = "changeRequestId";
  public static final String PROJECT_ID = "projectId";
  public static final String VENDOR_GROUP = "vendorGroup";
  /** The request's key and title as people know it ("CR-12: One-time code at login"), in every task's name. */
  public static final String CASE_LABEL = "caseLabel";

  /**
   * The step a task's name stands for, without the case it is about: task names end with
   * " — " and the case label (or the manual section and the case label).
   */
  public static String stepOf(String taskName) {
    int cut = taskName == null ? -1 : taskName.indexOf(" — ");
    return cut < 0 ? taskName : taskName.substring(0, cut);
  }

  // triage
  public static final String TRIAGE_OUTCOME = "triageOutcome";
  /** The triage form's classification, and the routing table's input (read from the request). */
  public static final String CHANGE_TYPE = "changeType";
  public static final String NEEDS_VENDOR_ESTIMATE = "needsVendorEstimate";
  public static final String QUESTION = "question";
  public static final String ANSWER = "answer";
  public static final String FOLLOW_UP_DATE = "followUpDate";
  // what the triage decided, for the gateways (set by the triage's listener)
  public static final String ASK_REQUESTER = "askRequester";
  public static final String TRIAGE_DEFERRED = "triageDeferred";
  public static final String DUPLICATE = "duplicate";
  public static final String STANDARD_CHANGE = "standardChange";
  public static final String EMERGENCY_CHANGE = "emergencyChange";
  public static final String ASK_VENDOR_ESTIMATE = "askVendorEstimate";

  // impact analysis: fields of its form, and the routing table's inputs (read from the request, see ChangeRequestFacts)
  public static final String COST = "cost";
  public static final String DELAY_DAYS = "delayDays";
  public static final String CONTRACT_CHANGE = "contractChange";
  public static final String EFFORT_DAYS = "effortDays";
  public static final String RISK = "risk";
  public static final String DELIVERABLES = "deliverables";
  public static final String VENDOR_EFFORT_DAYS = "vendorEffortDays";
  public static final String VENDOR_COST = "vendorCost";
  /** Whether the contract must be amended: set from the request right before its gateway asks (ContractImpactListener). */
  public static final String CHANGES_CONTRACT_OR_PLAN = "changesContractOrPlan";

  // routing
  public static final String ROUTES = "routes";
  public static final String NEEDS_PM = "needsPm";
  public static final String NEEDS_BOARD = "needsBoard";
  public static final String NEEDS_SPONSOR = "needsSponsor";

  // approvals
  public static final String DECISION = "decision";
  public static final String COMMENT = "comment";
  public static final String PM_DECISION = "pmDecision";
  public static final String SPONSOR_DECISION = "sponsorDecision";
  public static final String EMERGENCY_DECISION = "emergencyDecision";
  public static final String BOARD_MEMBER = "boardMember";
  public static final String VOTE = "vote";
  public static final String BOARD_REVIEW = "boardReview";
  // what the approvers decided, for the gateways (set by each approval's listener)
  public static final String PM_APPROVED = "pmApproved";
  public static final String PM_DEFERRED = "pmDeferred";
  public static final String BOARD_APPROVED = "boardApproved";
  public static final String SPONSOR_APPROVED = "sponsorApproved";
  public static final String EMERGENCY_APPROVED = "emergencyApproved";
  public static final String BOARD_ROLLS_BACK = "boardRollsBack";
  public static final String WAITING_TASK = "waitingTask";

  // after approval
  public static final String RESULTING_VERSION = "resultingVersion";
  public static final String MANUAL_SECTIONS = "manualSections";
  public static final String MANUAL_SECTION = "manualSection";
  public static final String MANUAL_AFFECTED = "manualAffected";
  public static final String REVERIFICATION_ACCEPTED = "reverificationAccepted";
  public static final String WITHDRAW_REASON = "withdrawReason";

  private SpecChangeVariables() {}
}

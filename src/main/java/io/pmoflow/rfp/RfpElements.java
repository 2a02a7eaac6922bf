package io.pmoflow.rfp;

import io.pmoflow.process.ModelElements;

/** The elements of processes/rfp-preparation.bpmn that code and tests refer to. */
@ModelElements("rfp-preparation.bpmn")
public final class RfpElements {

  public static final String EVENT_RFP_REQUESTED = "Event_RfpRequested";
  public static final String TASK_DRAFT_RFP = "Task_DraftRfp";
  public static final String TASK_GENERATE_DOCUMENT = "Task_GenerateDocument";
  public static final String TASK_PM_REVIEW = "Task_PmReview";
  public static final String EVENT_PM_REVIEW_REMINDER = "Event_PmReviewReminder";
  public static final String TASK_REMIND_PM = "Task_RemindPm";
  public static final String EVENT_PM_REMINDED = "Event_PmReminded";
  public static final String GATEWAY_PM_APPROVED = "Gateway_PmApproved";
  public static final String TASK_ROUTE_REVIEWS = "Task_RouteReviews";
  public static final String GATEWAY_REVIEWS_NEEDED = "Gateway_ReviewsNeeded";
  public static final String TASK_ADDITIONAL_REVIEW = "Task_AdditionalReview";
  public static final String GATEWAY_REVIEWS_PASSED = "Gateway_ReviewsPassed";
  public static final String TASK_ISSUE_TO_VENDORS = "Task_IssueToVendors";
  public static final String EVENT_QUESTION_DEADLINE = "Event_QuestionDeadline";
  public static final String EVENT_PROPOSAL_DEADLINE = "Event_ProposalDeadline";
  public static final String TASK_CLOSE_PROPOSALS = "Task_CloseProposals";
  public static final String GATEWAY_ANY_PROPOSALS = "Gateway_AnyProposals";
  public static final String TASK_DECIDE_NO_PROPOSALS = "Task_DecideNoProposals";
  public static final String GATEWAY_EXTEND_OR_CANCEL = "Gateway_ExtendOrCancel";
  public static final String TASK_EXTEND_DEADLINE = "Task_ExtendDeadline";
  public static final String TASK_CANCEL_RFP = "Task_CancelRfp";
  public static final String EVENT_RFP_CANCELLED = "Event_RfpCancelled";
  public static final String TASK_SCORE_PROPOSALS = "Task_ScoreProposals";
  public static final String TASK_AGGREGATE_SCORES = "Task_AggregateScores";
  public static final String GATEWAY_DISAGREEMENT = "Gateway_Disagreement";
  public static final String TASK_MODERATE_SCORES = "Task_ModerateScores";
  public static final String TASK_AWARD = "Task_Award";
  public static final String TASK_NOTIFY_BIDDERS = "Task_NotifyBidders";
  public static final String TASK_HAND_OVER_TO_ONBOARDING = "Task_HandOverToOnboarding";
  public static final String EVENT_RFP_AWARDED = "Event_RfpAwarded";
  public static final String SUB_PROCESS_VENDOR_QUESTION = "SubProcess_VendorQuestion";
  public static final String EVENT_QUESTION_ASKED = "Event_QuestionAsked";
  public static final String TASK_ANSWER_QUESTION = "Task_AnswerQuestion";
  public static final String TASK_BROADCAST_ANSWER = "Task_BroadcastAnswer";
  public static final String EVENT_QUESTION_ANSWERED = "Event_QuestionAnswered";

  private RfpElements() {}
}

package io.pmoflow.rfp;

/** The variables of process {@code rfp-preparation}: ids and what gateways and the DMN need. */
public final class RfpVariables {

  public static final String PROCESS_KEY = "rfp-preparation";
  public static final String QUESTION_MESSAGE = "RfpQuestionAsked";

  public static final String RFP_ID = "rfpId";
  /**
   * The RFP as people name it, e.g. {@code RFP-3 New CRM}: the user tasks' names show it, so the
   * task list and its search tell one RFP from another. Set at start, renewed when the draft is saved.
   */
  public static final String CASE_LABEL = "caseLabel";
  /** The RFP's project: the forms link to its page. */
  public static final String PROJECT_ID = "projectId";
  /** Set by the PM review form: true = approved, false = changes requested. */
  public static final String PM_APPROVED = "pmApproved";
  public static final String REVIEW_COMMENTS = "reviewComments";
  /** Inputs of rfp-review-routing. */
  public static final String BUDGET = "budget";
  public static final String PERSONAL_DATA = "personalData";
  public static final String PRODUCTION_ACCESS = "productionAccess";
  /** Output of rfp-review-routing: the groups that review in addition to the PM. */
  public static final String ADDITIONAL_REVIEW_GROUPS = "additionalReviewGroups";
  /** Gateway "Additional reviews needed?": whether the routing decision named any group. */
  public static final String ADDITIONAL_REVIEWS_NEEDED = "additionalReviewsNeeded";
  public static final String REVIEW_GROUP = "reviewGroup";
  /** Set by each additional review form. */
  public static final String REVIEW_APPROVED = "reviewApproved";
  public static final String REVIEWS_REJECTED = "reviewsRejected";
  /** ISO-8601 instants for the timers. */
  public static final String QUESTION_DEADLINE = "questionDeadline";
  public static final String PROPOSAL_DEADLINE = "proposalDeadline";
  public static final String QUESTION_ID = "questionId";
  public static final String ANSWER = "answer";
  /** Gateway "Any proposals?": set by the delegate that closes the proposal box. */
  public static final String PROPOSALS_RECEIVED = "proposalsReceived";
  /** Set by the no-proposals form: "extend" or "cancel". */
  public static final String NO_PROPOSALS_DECISION = "noProposalsDecision";
  /** Gateway "Extend or cancel?": set by the no-proposals task's listener from the PM's choice. */
  public static final String EXTEND_PROPOSAL_DEADLINE = "extendProposalDeadline";
  public static final String NEW_PROPOSAL_DEADLINE = "newProposalDeadline";
  public static final String CANCEL_REASON = "cancelReason";
  public static final String EVALUATORS = "evaluators";
  public static final String EVALUATOR = "evaluator";
  public static final String NO_CONFLICT_OF_INTEREST = "noConflictOfInterest";
  public static final String SCORE_SHEET = "scoreSheet";
  public static final String NEEDS_MODERATION = "needsModeration";
  public static final String MODERATION_NOTE = "moderationNote";
  public static final String RANKING = "ranking";
  public static final String AWARDED_VENDOR = "awardedVendor";
  public static final String AWARD_JUSTIFICATION = "awardJustification";
  /** The vendor-onboarding instance the winner was handed to. */
  public static final String ONBOARDING_PROCESS_INSTANCE_ID = "onboardingProcessInstanceId";

  private RfpVariables() {}
}

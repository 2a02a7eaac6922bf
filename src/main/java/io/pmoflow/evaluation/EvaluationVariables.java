package io.pmoflow.evaluation;

/** Variable names of tool-evaluation and environment-reconciliation: ids and what gateways and the decision table read. */
public final class EvaluationVariables {

  public static final String PROCESS_KEY = "tool-evaluation";
  public static final String RECONCILIATION_PROCESS_KEY = "environment-reconciliation";

  public static final String EVALUATION_ID = "evaluationId";
  /** Which evaluation, in words ("EV-7: BI tool or data lake?"): the tasks' names carry it. */
  public static final String CASE_LABEL = "caseLabel";
  public static final String CANDIDATE_CODES = "candidateCodes";
  public static final String CANDIDATE_CODE = "candidateCode";
  public static final String SHEET_IDS = "sheetIds";
  public static final String SHEET_ID = "sheetId";

  // the facts the decision table environment-approval reads
  public static final String PERSONAL_DATA = "personalData";
  public static final String PRODUCTION_COPY = "productionCopy";
  public static final String DAYS = "days";
  public static final String ROWS = "rows";
  public static final String TRIAL_COST = "trialCost";
  public static final String APPROVAL_ROUTE = "approvalRoute";
  public static final String APPROVAL_RULE = "approvalRule";

  // what the gateways read, set by Java from the domain
  public static final String INSIDE_PMO_AUTHORITY = "insidePmoAuthority";
  public static final String REJECTED = "rejected";
  public static final String PM_APPROVAL_NEEDED = "pmApprovalNeeded";
  public static final String MODERATION_NEEDED = "moderationNeeded";
  public static final String MORE_NEEDED = "moreNeeded";
  public static final String EXTENSION_REQUESTED = "extensionRequested";
  public static final String LEFTOVERS_FOUND = "leftoversFound";
  public static final String LEFTOVER_REPORT = "leftoverReport";

  // form fields people answer
  public static final String DECISION = "decision";
  public static final String REASON = "reason";

  private EvaluationVariables() {}
}

package io.pmoflow.specchange;

import java.util.Set;

/** Where a change request stands. */
public enum ChangeStatus {
  SUBMITTED,
  IN_TRIAGE,
  WAITING_FOR_REQUESTER,
  IN_ANALYSIS,
  IN_APPROVAL,
  DEFERRED,
  APPROVED,
  CLOSED,
  REJECTED,
  WITHDRAWN,
  ROLLED_BACK;

  /** Before the decision the requester may still withdraw the request. */
  static final Set<ChangeStatus> UNDECIDED =
      Set.of(SUBMITTED, IN_TRIAGE, WAITING_FOR_REQUESTER, IN_ANALYSIS, IN_APPROVAL, DEFERRED);

  boolean isUndecided() {
    return UNDECIDED.contains(this);
  }
}

package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Who may open a proposal and its files: the staff of the vendor that made it, always; the PMO and
 * the RFP's own evaluators, once the proposal deadline has passed (proposals are sealed until then,
 * so no vendor's offer can be passed to another while the tender is open). Nobody else, and no
 * other vendor, ever: to them a proposal or file does not exist (404).
 */
@Component
class ProposalReaders {

  private final CurrentUser currentUser;
  private final TenderGate gate;

  ProposalReaders(CurrentUser currentUser, TenderGate gate) {
    this.currentUser = currentUser;
    this.gate = gate;
  }

  boolean isVendor(String vendorCode) {
    return currentUser.groups().contains(PmoGroups.vendorGroup(vendorCode));
  }

  /** The PMO, an administrator, or one of this RFP's evaluators. */
  boolean isStaffReader(Rfp rfp) {
    return currentUser.isInAny(PmoGroups.PMO) || rfp.getEvaluators().contains(currentUser.id());
  }

  /** Passes when the caller may read this vendor's proposal on the RFP; else 404 as {@code what} {@code id}, or 409 while sealed. */
  void requireReadable(Rfp rfp, String vendorCode, Text what, Object id) {
    if (isVendor(vendorCode)) {
      return;
    }
    if (!isStaffReader(rfp)) {
      throw ApiException.notFound(what, id);
    }
    requireUnsealed(rfp);
  }

  void requireUnsealed(Rfp rfp) {
    if (!gate.deadlinePassed(rfp)) {
      throw ApiException.conflict(Text.of("rfp.conflict.sealed", String.valueOf(rfp.getProposalDeadline())).inRequestLanguage());
    }
  }
}

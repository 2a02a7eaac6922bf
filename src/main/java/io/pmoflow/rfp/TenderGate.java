package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.rfp.RfpParts.Vendor;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The vendor's side of a tender: which invited vendor the caller acts for, and whether the RFP still
 * takes their questions, intents and proposals. At the proposal deadline it closes for every change,
 * even before the deadline's timer has run.
 */
@Component
class TenderGate {

  private final RfpRepository rfps;
  private final CurrentUser currentUser;
  private final Clock clock;

  TenderGate(RfpRepository rfps, CurrentUser currentUser, Clock clock) {
    this.rfps = rfps;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  Rfp rfp(long id) {
    return rfps.findById(id).orElseThrow(() -> ApiException.notFound(Text.of("thing.rfp"), id));
  }

  /** The invited vendor whose group the current user is in; 403 for anyone else. */
  Vendor invitedVendor(Rfp rfp) {
    List<String> groups = currentUser.groups();
    return rfp.getVendors().stream()
        .filter(v -> groups.contains(PmoGroups.vendorGroup(v.code())))
        .findFirst()
        .orElseThrow(
            () -> ApiException.forbidden(Text.of("rfp.forbidden.not-invited", String.valueOf(rfp.getId())).inRequestLanguage()));
  }

  /** 409 unless the RFP is issued and its proposal deadline has not come. */
  void requireChangeable(Rfp rfp) {
    if (rfp.getStatus() != RfpStatus.ISSUED) {
      throw ApiException.conflict(
          Text.of("rfp.conflict.not-open", String.valueOf(rfp.getId()), String.valueOf(rfp.getStatus())).inRequestLanguage());
    }
    if (deadlinePassed(rfp)) {
      throw ApiException.conflict(Text.of("rfp.conflict.proposals-closed", String.valueOf(rfp.getProposalDeadline())).inRequestLanguage());
    }
  }

  boolean deadlinePassed(Rfp rfp) {
    return rfp.getProposalDeadline() != null && !clock.instant().isBefore(rfp.getProposalDeadline());
  }
}

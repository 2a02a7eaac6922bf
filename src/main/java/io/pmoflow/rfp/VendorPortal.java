package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.rfp.RfpParts.Vendor;
import io.pmoflow.rfp.RfpParts.VendorStatus;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a vendor's staff see of the tenders that invite their company: only their own company's
 * invitations (once issued), the answers given to every bidder, their own questions, and their own
 * proposal with its files. Every change goes through the API's services ({@link RfpService},
 * {@link RfpProposals}), so the pages keep exactly the API's rules.
 */
@Service
public class VendorPortal {

  /** An RFP is shown to its vendors once it has been issued to them. */
  private static final List<RfpStatus> NOT_ISSUED = List.of(RfpStatus.DRAFT, RfpStatus.IN_REVIEW);

  private final RfpRepository rfps;
  private final RfpQuestionRepository questions;
  private final RfpProposalRepository proposals;
  private final RfpProposals proposalFiles;
  private final TenderGate gate;
  private final CurrentUser currentUser;
  private final Clock clock;

  VendorPortal(RfpRepository rfps, RfpQuestionRepository questions, RfpProposalRepository proposals,
      RfpProposals proposalFiles, TenderGate gate, CurrentUser currentUser, Clock clock) {
    this.rfps = rfps;
    this.questions = questions;
    this.proposals = proposals;
    this.proposalFiles = proposalFiles;
    this.gate = gate;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The caller's invitations, newest first; 403 for someone who is no vendor's staff. */
  @Transactional(readOnly = true)
  public List<Invitation> invitations() {
    List<String> codes = vendorCodes();
    return rfps.findInviting(codes, NOT_ISSUED).stream()
        .map(rfp -> {
          Vendor vendor = rfp.getVendors().stream().filter(v -> codes.contains(v.code())).findFirst().orElseThrow();
          return new Invitation(rfp.getId(), rfp.caseLabel(), rfp.getTitle(), vendor.name(), vendor.status(), rfp.getStatus(),
              rfp.getQuestionDeadline(), rfp.getProposalDeadline(), open(rfp));
        })
        .toList();
  }

  /** One invitation of the caller's company: 403 if it does not invite them, 404 before it is issued. */
  @Transactional(readOnly = true)
  public InvitationView invitation(long rfpId) {
    Rfp rfp = gate.rfp(rfpId);
    Vendor vendor = gate.invitedVendor(rfp);
    if (NOT_ISSUED.contains(rfp.getStatus())) {
      throw ApiException.notFound(Text.of("thing.rfp"), rfpId);
    }
    List<RfpQuestion> all = questions.findByRfpIdOrderById(rfpId);
    List<Answered> answered = all.stream().filter(q -> q.getAnswer() != null)
        .map(q -> new Answered(q.getQuestion(), q.getAnswer(), q.getAnsweredAt())).toList();
    List<Asked> asked = all.stream().filter(q -> q.getVendorCode().equals(vendor.code()))
        .map(q -> new Asked(q.getQuestion(), q.getAskedBy(), q.getAskedAt(), q.getAnswer() != null)).toList();
    Optional<ProposalView> proposal = proposals.findByRfpIdAndVendorCode(rfpId, vendor.code())
        .map(p -> proposalFiles.get(rfpId, p.getId()));
    boolean open = open(rfp);
    boolean questionsOpen = open && clock.instant().isBefore(rfp.getQuestionDeadline());
    return new InvitationView(rfp.getId(), rfp.caseLabel(), rfp.getTitle(), rfp.getScope(), vendor.code(), vendor.name(),
        vendor.status(), rfp.getStatus(), rfp.getQuestionDeadline(), rfp.getProposalDeadline(), open, questionsOpen,
        answered, asked, proposal.orElse(null));
  }

  private boolean open(Rfp rfp) {
    return rfp.getStatus() == RfpStatus.ISSUED && !gate.deadlinePassed(rfp);
  }

  private List<String> vendorCodes() {
    List<String> codes = currentUser.groups().stream()
        .filter(PmoGroups::isVendorGroup)
        .map(group -> group.substring(PmoGroups.VENDOR_PREFIX.length()))
        .toList();
    if (codes.isEmpty()) {
      throw ApiException.forbidden(Text.of("rfp.forbidden.portal").inRequestLanguage());
    }
    return codes;
  }

  /** One line of the portal's list. */
  public record Invitation(long rfpId, String key, String title, String vendorName, VendorStatus myStatus, RfpStatus status,
      Instant questionDeadline, Instant proposalDeadline, boolean open) {}

  /** One invitation as its vendor sees it; {@code open}: proposals, intent and questions may still change. */
  public record InvitationView(long rfpId, String key, String title, String scope, String vendorCode, String vendorName,
      VendorStatus myStatus, RfpStatus status, Instant questionDeadline, Instant proposalDeadline, boolean open,
      boolean questionsOpen, List<Answered> answered, List<Asked> asked, ProposalView proposal) {}

  /** A question answered to every bidder, without who asked. */
  public record Answered(String question, String answer, Instant answeredAt) {}

  /** One of the company's own questions, answered or not. */
  public record Asked(String question, String askedBy, Instant askedAt, boolean answered) {}
}

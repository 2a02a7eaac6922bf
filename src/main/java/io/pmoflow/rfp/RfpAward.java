package io.pmoflow.rfp;

import io.pmoflow.forms.FormTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.forms.ShownTexts;
import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.notification.MailOutbox;
import io.pmoflow.onboarding.AwardedVendor;
import io.pmoflow.onboarding.VendorService;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectService;
import io.pmoflow.rfp.RfpParts.Vendor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award: the PM chooses among the ranked bidders (another than the top-ranked needs a written
 * justification), every bidder hears the outcome, and the winner goes to vendor onboarding.
 */
@Service
public class RfpAward {

  private final RfpRepository rfps;
  private final RfpProposalRepository proposals;
  private final RfpHistory history;
  private final ProjectService projects;
  private final MailOutbox outbox;
  private final RfpMails mails;
  private final RfpFormValues values;
  private final RfpScoring scoring;
  private final VendorService onboarding;
  private final ProposalTexts proposalTexts;

  RfpAward(
      RfpRepository rfps,
      RfpProposalRepository proposals,
      RfpHistory history,
      ProjectService projects,
      MailOutbox outbox,
      RfpMails mails,
      RfpFormValues values,
      RfpScoring scoring,
      VendorService onboarding,
      ProposalTexts proposalTexts) {
    this.rfps = rfps;
    this.proposals = proposals;
    this.history = history;
    this.projects = projects;
    this.outbox = outbox;
    this.mails = mails;
    this.values = values;
    this.scoring = scoring;
    this.onboarding = onboarding;
    this.proposalTexts = proposalTexts;
  }

  /**
   * What the award form shows: the ranking with each vendor's points and price, each proposal, the
   * moderation note if the scores were moderated, the bidders to choose from, the top-ranked preselected.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> awardForm(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    RfpAggregation.Result ranking = scoring.ranking(rfpId);
    List<Map<String, String>> options =
        ranking.ranking().stream()
            .map(r -> Map.of(
                "label", Text.of("rfp.text.bidder", String.valueOf(r.rank()), RfpFormTexts.vendorName(rfp, r.vendorCode()),
                    r.total().toString()).inRequestLanguage(),
                "value", r.vendorCode()))
            .toList();
    Map<String, Object> fields = new HashMap<>();
    fields.put("rfpTitle", rfp.getTitle());
    ShownTexts.put(fields, RfpVariables.RANKING, language -> RankingText.of(ranking, rfp, language));
    proposalTexts.putProposals(fields, rfp);
    boolean moderated = rfp.getModerationNote() != null && !rfp.getModerationNote().isBlank();
    ShownTexts.put(fields, "moderation",
        language -> moderated ? rfp.getModerationNote() : Text.of("rfp.text.no-moderation").in(language));
    fields.put("bidders", values.jsonList(options));
    fields.put("topRanked", ranking.topVendor());
    fields.put(RfpVariables.AWARDED_VENDOR, ranking.topVendor());
    fields.put(RfpVariables.AWARD_JUSTIFICATION, "");
    return fields;
  }

  /** Awards the RFP; a vendor other than the top-ranked needs a written justification. */
  @Transactional
  public void award(long rfpId, String vendorCode, String justification, String by) {
    Rfp rfp = rfps.require(rfpId);
    RfpAggregation.Result ranking = scoring.ranking(rfpId);
    if (vendorCode == null || ranking.ranking().stream().noneMatch(r -> r.vendorCode().equals(vendorCode))) {
      throw new FormInputRefused(Text.of("rfp.refused.award-vendor", FormTexts.label("Vendor to award")).inRequestLanguage());
    }
    boolean top = vendorCode.equals(ranking.topVendor());
    if (!top && (justification == null || justification.isBlank())) {
      throw new FormInputRefused(Text.of("rfp.refused.award-justification", FormTexts.label("Justification"), vendorCode,
          ranking.topVendor()).inRequestLanguage());
    }
    rfp.award(vendorCode, justification);
    history.record(rfpId, by, "Awarded to " + vendorCode, top ? "top-ranked" : "not top-ranked: " + justification);
  }

  /** Tells every bidder the outcome: award to the winner, regret to the others. */
  @Transactional
  public void notifyBidders(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    Set<String> bidders = proposals.findByRfpIdOrderById(rfpId).stream().map(RfpProposal::getVendorCode).collect(Collectors.toSet());
    for (Vendor vendor : rfp.getVendors()) {
      if (bidders.contains(vendor.code())) {
        outbox.enqueue(mails.outcome(rfp, vendor, vendor.code().equals(rfp.getAwardedVendorCode())));
      }
    }
    history.record(rfpId, null, "Bidders notified", String.join(", ", bidders));
  }

  /**
   * Hands the winner to vendor onboarding: registers the vendor with the project's dates as its
   * contract and starts its onboarding, linked both ways (variable rfpId there, the instance id
   * here). Returns the onboarding instance id; a retried hand-over returns the first one.
   */
  @Transactional
  public String handOver(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    if (rfp.getOnboardingInstanceId() != null) {
      return rfp.getOnboardingInstanceId();
    }
    Vendor winner = rfp.vendor(rfp.getAwardedVendorCode()).orElseThrow();
    Project project = projects.find(rfp.getProjectId());
    String id =
        onboarding
            .onboardAwardedVendor(
                new AwardedVendor(
                    rfp.getId(), winner.code(), winner.name(), rfp.documentKey(),
                    rfp.getProjectStart(), rfp.getProjectEnd(), project.getProjectManager(),
                    winner.name(), winner.email(), project.language()))
            .getProcessInstanceId();
    rfp.handedOver(id);
    history.record(rfpId, null, "Handed over to vendor onboarding", "process instance " + id);
    return id;
  }
}

package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.forms.ShownTexts;
import io.pmoflow.forms.FormTime;
import io.pmoflow.document.DocumentStore;
import io.pmoflow.document.DocumentVersion;
import io.pmoflow.forms.FormInputRefused;
import java.util.HashMap;
import java.util.Map;
import io.pmoflow.web.PublicAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews of a drafted RFP: the PM's, then the additional ones the routing decision asks for.
 * A rejection needs its reasons, which the PMO sees on the drafting form.
 */
@Service
public class RfpReviews {

  private final RfpRepository rfps;
  private final RfpHistory history;
  private final DocumentStore documents;
  private final PublicAddress address;

  private final FormTime time;

  RfpReviews(RfpRepository rfps, RfpHistory history, DocumentStore documents, PublicAddress address, FormTime time) {
    this.time = time;
    this.rfps = rfps;
    this.history = history;
    this.documents = documents;
    this.address = address;
  }

  /**
   * What a reviewer's form shows of the RFP, read-only: its title, scope, requirements, schedule,
   * criteria with their weights, invited vendors, and a link to the document version under review
   * (it opens with the reviewer's Tasklist login).
   */
  @Transactional(readOnly = true)
  public Map<String, Object> reviewForm(long rfpId) {
    Rfp rfp = rfps.require(rfpId);
    int version = documents.latest(rfp.documentKey()).map(DocumentVersion::getVersion).orElse(0);
    Map<String, Object> fields = new HashMap<>();
    fields.put("rfpTitle", rfp.getTitle());
    ShownTexts.put(fields, "rfpScope", language -> RfpFormTexts.scope(rfp, language));
    ShownTexts.put(fields, "rfpRequirements", language -> RfpFormTexts.requirements(rfp, language));
    ShownTexts.put(fields, "rfpMilestones", language -> RfpFormTexts.milestones(rfp, language, time.zone()));
    fields.put("rfpCriteria", RfpFormTexts.criteria(rfp));
    fields.put("rfpVendors", RfpFormTexts.vendors(rfp));
    fields.put("documentVersion", version);
    fields.put("documentLink", documentLink(address, rfpId, version));
    fields.put("decision", null);
    fields.put("comments", "");
    return fields;
  }

  /** Records the PM's review; returns whether the PM approved ("approve") rather than asked for changes. */
  @Transactional
  public boolean pmReviewed(long rfpId, String decision, String comments, String by) {
    boolean approved = approves(decision, comments, Text.of("rfp.refused.pm-review-decision"),
        Text.of("rfp.refused.pm-review-comments"));
    Rfp rfp = rfps.require(rfpId);
    rfp.reviewComments(approved ? null : "PM: " + comments);
    history.record(rfpId, by, approved ? "PM approved" : "PM requested changes", comments);
    return approved;
  }

  /** Records one additional review (by {@code group}); returns whether it approved. */
  @Transactional
  public boolean additionalReview(long rfpId, String group, String decision, String comments, String by) {
    boolean approved = approves(decision, comments, Text.of("rfp.refused.review-decision"),
        Text.of("rfp.refused.review-comments"));
    Rfp rfp = rfps.require(rfpId);
    if (!approved) {
      String reason = "Review by " + group + ": " + comments;
      rfp.reviewComments(rfp.getReviewComments() == null ? reason : rfp.getReviewComments() + "\n" + reason);
    }
    history.record(rfpId, by, (approved ? "Approved by " : "Rejected by ") + group + " review", comments);
    return approved;
  }

  private static boolean approves(String decision, String comments, Text noDecision, Text noReasons) {
    if (decision == null || decision.isBlank()) {
      throw new FormInputRefused(noDecision.inRequestLanguage());
    }
    boolean approved = "approve".equals(decision);
    if (!approved && (comments == null || comments.isBlank())) {
      throw new FormInputRefused(noReasons.inRequestLanguage());
    }
    return approved;
  }

  /** The address of one version of the RFP's PDF, under the configured public address. */
  static String documentLink(PublicAddress address, long rfpId, int version) {
    return address.baseUrl() + "/api/rfps/" + rfpId + "/document/versions/" + version;
  }
}

package io.pmoflow.rfp;

import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Requirement;
import io.pmoflow.rfp.RfpParts.Vendor;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the decision forms show of an RFP, read-only and in plain words: one item per line, so a
 * reviewer, an evaluator or the PM decides on the RFP's own words, not on a count or a code.
 */
final class RfpFormTexts {

  private RfpFormTexts() {}

  /** {@code F-01 MUST (functional): Keeps every contact with a lead.}, one a line. */
  static String requirements(Rfp rfp) {
    return lines(rfp.getRequirements().stream().map(RfpFormTexts::requirement).toList());
  }

  private static String requirement(Requirement r) {
    return r.id() + " " + r.priority() + " (" + r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "): " + r.text();
  }

  /** {@code Price: 60%}, one a line. */
  static String criteria(Rfp rfp) {
    return lines(rfp.getCriteria().stream().map(c -> c.name() + ": " + c.weight() + "%").toList());
  }

  /** The criteria on one line: {@code Price 60%, Approach 40%}. */
  static String criteriaInline(List<Criterion> criteria) {
    return criteria.stream().map(c -> c.name() + " " + c.weight() + "%").collect(Collectors.joining(", "));
  }

  /** {@code Acme Ltd (acme), bids@acme.example}, one a line. */
  static String vendors(Rfp rfp) {
    return lines(rfp.getVendors().stream().map(v -> v.name() + " (" + v.code() + "), " + v.email()).toList());
  }

  /** The RFP's dates from issue to project end. */
  static String milestones(Rfp rfp) {
    return "Issue date: " + RfpFormValues.date(rfp.getIssueDate()) + "\n"
        + "Question deadline: " + RfpFormValues.dateTime(rfp.getQuestionDeadline()) + "\n"
        + "Proposal deadline: " + RfpFormValues.dateTime(rfp.getProposalDeadline()) + "\n"
        + "Award date: " + RfpFormValues.date(rfp.getAwardDate()) + "\n"
        + "Project: " + RfpFormValues.date(rfp.getProjectStart()) + " to " + RfpFormValues.date(rfp.getProjectEnd());
  }

  /** Scope, and whether personal data or production access are in it (they decide the extra reviews). */
  static String scope(Rfp rfp) {
    return rfp.getScope() + "\n\nPersonal data in scope: " + (rfp.isPersonalData() ? "yes" : "no")
        + ". Production access in scope: " + (rfp.isProductionAccess() ? "yes" : "no") + ".";
  }

  /** Each vendor's proposal: who, the price, the summary, the attached file's name. */
  static String proposals(Rfp rfp, List<RfpProposal> proposals) {
    return proposals.stream()
        .map(p -> vendorName(rfp, p.getVendorCode()) + " (" + p.getVendorCode() + ")\n"
            + "  Price: " + price(p.getPrice()) + "\n"
            + "  Summary: " + (p.getSummary() == null || p.getSummary().isBlank() ? "(none given)" : p.getSummary()) + "\n"
            + "  Attachment: " + (p.getAttachmentName() == null ? "(none)" : p.getAttachmentName()))
        .collect(Collectors.joining("\n\n"));
  }

  /** The questions of an RFP answered so far, oldest first, without naming who asked. */
  static String answered(List<RfpQuestion> questions) {
    List<String> answered = questions.stream()
        .filter(q -> q.getAnswer() != null)
        .map(q -> "Q: " + q.getQuestion() + "\nA: " + q.getAnswer())
        .toList();
    return answered.isEmpty() ? "No question has been answered yet." : String.join("\n\n", answered);
  }

  static String vendorName(Rfp rfp, String code) {
    return rfp.vendor(code).map(Vendor::name).orElse(code);
  }

  static String price(BigDecimal price) {
    if (price == null) {
      return "(none)";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
    format.setMaximumFractionDigits(2);
    return format.format(price);
  }

  private static String lines(List<String> lines) {
    return String.join("\n", lines);
  }
}

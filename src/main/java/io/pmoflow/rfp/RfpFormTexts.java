package io.pmoflow.rfp;

import io.pmoflow.i18n.DateTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Requirement;
import io.pmoflow.rfp.RfpParts.Vendor;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the decision forms show of an RFP, read-only and in plain words: one item per line, so a
 * reviewer, an evaluator or the PM decides on the RFP's own words, not on a count or a code. Each
 * text is written in the reader's language (the forms get both, see {@code ShownTexts}); what the
 * PMO typed stays as typed.
 */
final class RfpFormTexts {

  private RfpFormTexts() {}

  /** {@code F-01 MUST (functional): Keeps every contact with a lead.}, one a line; priority and kind in {@code language}. */
  static String requirements(Rfp rfp, Locale language) {
    return lines(rfp.getRequirements().stream().map(r -> requirement(r, language)).toList());
  }

  private static String requirement(Requirement r, Locale language) {
    return Text.of("rfp.text.requirement", r.id(), Text.of("rfp.text.priority." + r.priority().name()),
        Text.of("rfp.text.kind." + r.kind().name()), r.text()).in(language);
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

  /** The RFP's dates from issue to project end; the deadlines in the deployment's time zone. */
  static String milestones(Rfp rfp, Locale language, ZoneId zone) {
    return Text.of("rfp.text.milestones",
            DateTexts.date(rfp.getIssueDate(), language),
            DateTexts.dateTime(rfp.getQuestionDeadline(), language, zone),
            DateTexts.dateTime(rfp.getProposalDeadline(), language, zone),
            DateTexts.date(rfp.getAwardDate(), language),
            DateTexts.date(rfp.getProjectStart(), language),
            DateTexts.date(rfp.getProjectEnd(), language))
        .in(language);
  }

  /** Scope, and whether personal data or production access are in it (they decide the extra reviews). */
  static String scope(Rfp rfp, Locale language) {
    return rfp.getScope() + "\n\n" + Text.of("rfp.text.scope-flags",
        yesNo(rfp.isPersonalData()), yesNo(rfp.isProductionAccess())).in(language);
  }

  /** The questions of an RFP answered so far, oldest first, without naming who asked. */
  static String answered(List<RfpQuestion> questions, Locale language) {
    List<String> answered = questions.stream()
        .filter(q -> q.getAnswer() != null)
        .map(q -> Text.of("rfp.text.answered", q.getQuestion(), q.getAnswer()).in(language))
        .toList();
    return answered.isEmpty() ? Text.of("rfp.text.none-answered").in(language) : String.join("\n\n", answered);
  }

  static String vendorName(Rfp rfp, String code) {
    return rfp.vendor(code).map(Vendor::name).orElse(code);
  }

  static String price(BigDecimal price, Locale language) {
    if (price == null) {
      return Text.of("rfp.text.none").in(language);
    }
    NumberFormat format = NumberFormat.getNumberInstance(language);
    format.setMaximumFractionDigits(2);
    return format.format(price);
  }

  private static Text yesNo(boolean yes) {
    return Text.of(yes ? "text.yes" : "text.no");
  }

  private static String lines(List<String> lines) {
    return String.join("\n", lines);
  }
}

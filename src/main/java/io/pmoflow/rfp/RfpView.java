package io.pmoflow.rfp;

import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Deliverable;
import io.pmoflow.rfp.RfpParts.Requirement;
import io.pmoflow.rfp.RfpParts.Vendor;
import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.process.CaseTexts;
import io.pmoflow.process.TaskNames;
import java.util.Locale;
import java.util.Set;
import io.pmoflow.web.ReadablePage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An RFP as {@code GET /api/rfps/{id}} shows it: content, status, current step and history. */
public record RfpView(
    Long id,
    Long projectId,
    String title,
    RfpStatus status,
    List<String> currentSteps,
    String processInstanceId,
    String background,
    String scope,
    List<Requirement> requirements,
    List<Deliverable> deliverables,
    RfpDraft.Milestones milestones,
    List<Criterion> criteria,
    List<Vendor> vendors,
    List<String> evaluators,
    Integer documentVersion,
    String reviewComments,
    String awardedVendor,
    String awardJustification,
    String cancelReason,
    Handover handover,
    List<HistoryLine> history) {

  /** The hand-over of the winner to vendor onboarding. */
  public record Handover(String status, String onboardingProcessInstanceId) {}

  /**
   * A history entry. Its event, and the detail where PMO Flow words it itself, read in the caller's
   * language ({@link CaseTexts}); a detail that carries what people wrote (a title, a comment, a reason)
   * or codes stays as stored.
   */
  public record HistoryLine(Instant at, String actor, String event, String detail) {

    private static final Set<String> WORDED_DETAILS = Set.of("Document generated", "Question asked", "Question answered",
        "Proposal submitted", "Proposal revised", "Proposal file replaced", "Proposal deadline passed", "Scores submitted",
        "Scores aggregated", "Handed over to vendor onboarding");

    static HistoryLine of(RfpEvent e, Locale language) {
      boolean worded = WORDED_DETAILS.contains(e.getEvent()) || e.getEvent().startsWith("Awarded to ");
      return new HistoryLine(e.getAt(), e.getActor(), CaseTexts.in(language, e.getEvent()),
          worded ? CaseTexts.in(language, e.getDetail()) : e.getDetail());
    }
  }

  /**
   * The RFP as a readable page (the follow link of its receipt mail and of Tasklist's start message),
   * its headings, steps, dates and history's events in {@code texts}' language; what people wrote as
   * written.
   */
  public String page(LanguageTexts texts) {
    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put(texts.get("rfp.page.status"), currentSteps.isEmpty()
        ? String.valueOf(status)
        : texts.get("rfp.page.waiting", String.valueOf(status), String.join(", ", TaskNames.in(texts.language(), currentSteps))));
    sections.put(texts.get("rfp.page.project"), texts.get("rfp.page.project-number", String.valueOf(projectId)));
    sections.put(texts.get("rfp.page.background"), background);
    sections.put(texts.get("rfp.page.scope"), scope);
    sections.put(texts.get("rfp.page.review-comments"), reviewComments);
    sections.put(texts.get("rfp.page.awarded"), awardedVendor == null ? null
        : awardJustification == null ? awardedVendor : texts.get("rfp.page.awarded-because", awardedVendor, awardJustification));
    sections.put(texts.get("rfp.page.cancelled"), cancelReason);
    sections.put(texts.get("rfp.page.history"), history.stream()
        .map(line -> texts.dateTime(line.at()) + "  " + CaseTexts.in(texts.language(), line.event()) + " (" + line.actor() + ")" + (line.detail() == null ? "" : ": " + line.detail()))
        .collect(Collectors.joining("\n")));
    return ReadablePage.of(texts.get("rfp.page.title", String.valueOf(id), title), sections);
  }

  /** What {@code POST /api/rfps} answers. */
  public record Created(Long id, String processInstanceId, RfpStatus status) {}

  /** The RFP as the caller reads it: its steps and its history's events in the request's language. */
  static RfpView of(
      Rfp r, List<String> currentSteps, Integer documentVersion, List<RfpEvent> history) {
    Locale language = RequestLanguage.current(Languages.ENGLISH);
    Handover handover = null;
    if (r.getStatus() == RfpStatus.AWARDED) {
      handover =
          r.getOnboardingInstanceId() == null
              ? new Handover("PENDING", null)
              : new Handover("STARTED", r.getOnboardingInstanceId());
    }
    return new RfpView(
        r.getId(),
        r.getProjectId(),
        r.getTitle(),
        r.getStatus(),
        TaskNames.in(language, currentSteps),
        r.getProcessInstanceId(),
        r.getBackground(),
        r.getScope(),
        r.getRequirements(),
        r.getDeliverables(),
        new RfpDraft.Milestones(
            r.getIssueDate(),
            r.getQuestionDeadline(),
            r.getProposalDeadline(),
            r.getAwardDate(),
            r.getProjectStart(),
            r.getProjectEnd()),
        r.getCriteria(),
        r.getVendors(),
        r.getEvaluators(),
        documentVersion,
        r.getReviewComments(),
        r.getAwardedVendorCode(),
        r.getAwardJustification(),
        r.getCancelReason(),
        handover,
        history.stream().map(e -> HistoryLine.of(e, language)).toList());
  }

}

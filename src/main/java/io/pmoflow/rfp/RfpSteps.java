package io.pmoflow.rfp;

import io.pmoflow.forms.FormInputRefused;
import io.pmoflow.document.DocumentStore;
import io.pmoflow.document.DocumentVersion;
import io.pmoflow.notification.MailOutbox;
import io.pmoflow.onboarding.AwardedVendor;
import io.pmoflow.onboarding.VendorService;
import io.pmoflow.project.Project;
import io.pmoflow.project.DictionaryTermRepository;
import io.pmoflow.project.ProjectService;
import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Vendor;
import io.pmoflow.web.FieldProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the steps of process rfp-preparation do; the delegates and task listeners call it. */
@Service
public class RfpSteps {


  private final RfpRepository rfps;
  private final RfpQuestionRepository questions;
  private final RfpProposalRepository proposals;
  private final RfpScoreRepository scores;
  private final RfpHistory history;
  private final ProjectService projects;
  private final DictionaryTermRepository dictionary;
  private final DocumentStore documents;
  private final MailOutbox outbox;
  private final RfpMails mails;
  private final RfpService service;
  private final VendorService onboarding;
  private final Clock clock;
  private final BigDecimal moderationSpread;

  RfpSteps(
      RfpRepository rfps,
      RfpQuestionRepository questions,
      RfpProposalRepository proposals,
      RfpScoreRepository scores,
      RfpHistory history,
      ProjectService projects,
      DictionaryTermRepository dictionary,
      DocumentStore documents,
      MailOutbox outbox,
      RfpMails mails,
      RfpService service,
      VendorService onboarding,
      Clock clock,
      @Value("${pmoflow.rfp.moderation-spread:20}") BigDecimal moderationSpread) {
    this.rfps = rfps;
    this.questions = questions;
    this.proposals = proposals;
    this.scores = scores;
    this.history = history;
    this.projects = projects;
    this.dictionary = dictionary;
    this.documents = documents;
    this.outbox = outbox;
    this.mails = mails;
    this.service = service;
    this.onboarding = onboarding;
    this.clock = clock;
    this.moderationSpread = moderationSpread;
  }

  @Transactional(readOnly = true)
  public Rfp rfp(long id) {
    return rfps.findById(id).orElseThrow(() -> new IllegalStateException("RFP " + id + " does not exist"));
  }

  @Transactional(readOnly = true)
  public Project project(long projectId) {
    return projects.find(projectId);
  }

  /** An RFP begun from Tasklist's start form: a title and a project, the rest is drafted later. */
  @Transactional
  public Map<String, Object> begin(long projectId, String title, String by, String processInstanceId) {
    Project project = projects.find(projectId);
    Rfp rfp = new Rfp(project.getId(), by, clock.instant());
    rfp.apply(new RfpDraft(projectId, title, "", "", null, null, null, null, null, null, false, false));
    rfp.startedAs(processInstanceId);
    rfps.save(rfp);
    history.record(rfp.getId(), by, "RFP created", title);
    return service.startVariables(rfp, project);
  }

  @Transactional(readOnly = true)
  public RfpDraft draft(long rfpId) {
    return rfp(rfpId).toDraft();
  }

  /**
   * Saves the PMO's draft if it is complete; otherwise throws with every reason, and the drafting
   * task stays open. Returns the variables the reviews need.
   */
  @Transactional
  public Map<String, Object> completeDraft(long rfpId, RfpDraft edited, String by) {
    Rfp rfp = rfp(rfpId);
    RfpDraft draft =
        new RfpDraft(
            rfp.getProjectId(), edited.title(), edited.background(), edited.scope(), edited.requirements(),
            edited.deliverables(), edited.milestones(), edited.criteria(), edited.vendors(),
            edited.evaluators(), edited.personalData(), edited.productionAccess());
    List<FieldProblem> problems = RfpRules.check(draft, service::isEvaluator);
    if (!problems.isEmpty()) {
      throw new FormInputRefused(RfpRules.describe(problems));
    }
    rfp.apply(draft);
    rfp.status(RfpStatus.IN_REVIEW);
    history.record(rfpId, by, "Draft completed", null);
    Map<String, Object> variables = new HashMap<>();
    variables.put(RfpVariables.BUDGET, project(rfp.getProjectId()).getBudget().doubleValue());
    variables.put(RfpVariables.PERSONAL_DATA, rfp.isPersonalData());
    variables.put(RfpVariables.PRODUCTION_ACCESS, rfp.isProductionAccess());
    variables.put(RfpVariables.EVALUATORS, new ArrayList<>(rfp.getEvaluators()));
    variables.put(RfpVariables.QUESTION_DEADLINE, rfp.getQuestionDeadline().toString());
    variables.put(RfpVariables.PROPOSAL_DEADLINE, rfp.getProposalDeadline().toString());
    return variables;
  }

  /** Renders the RFP with the project's dictionary as the next version of its document. */
  @Transactional
  public DocumentVersion generateDocument(long rfpId) {
    Rfp rfp = rfp(rfpId);
    Project project = project(rfp.getProjectId());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("rfp", rfp);
    model.put("project", project);
    model.put("dictionary", dictionary.findByProjectIdOrderByTermKey(project.getId()));
    model.put("generatedAt", clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    int next = documents.latest(rfp.documentKey()).map(DocumentVersion::getVersion).orElse(0) + 1;
    model.put("version", next);
    DocumentVersion version =
        documents.generate(rfp.documentKey(), "RFP " + rfp.getTitle(), "rfp", model, RfpHistory.SYSTEM);
    history.record(rfpId, null, "Document generated", "version " + version.getVersion());
    return version;
  }

  @Transactional
  public void pmReviewed(long rfpId, boolean approved, String comments, String by) {
    Rfp rfp = rfp(rfpId);
    rfp.reviewComments(approved ? null : "PM: " + comments);
    history.record(rfpId, by, approved ? "PM approved" : "PM requested changes", comments);
  }

  @Transactional
  public void additionalReview(long rfpId, String group, boolean approved, String comments, String by) {
    Rfp rfp = rfp(rfpId);
    if (!approved) {
      String reason = "Review by " + group + ": " + comments;
      rfp.reviewComments(rfp.getReviewComments() == null ? reason : rfp.getReviewComments() + "\n" + reason);
    }
    history.record(rfpId, by, (approved ? "Approved by " : "Rejected by ") + group + " review", comments);
  }

  /** Mails every invited vendor the invitation with the dates and the document attached. */
  @Transactional
  public void issue(long rfpId) {
    Rfp rfp = rfp(rfpId);
    DocumentVersion document = documents.latest(rfp.documentKey())
        .orElseThrow(() -> new IllegalStateException("RFP " + rfpId + " has no document to issue"));
    rfp.status(RfpStatus.ISSUED);
    for (Vendor vendor : rfp.getVendors()) {
      outbox.enqueue(
          mails.invitation(rfp, vendor, document.getVersion())
              .withAttachment(document.fileName("pdf"), "application/pdf", document.getPdf()));
    }
    history.record(rfpId, null, "Issued to vendors", rfp.getVendors().stream().map(Vendor::code).collect(Collectors.joining(", ")));
  }

  @Transactional(readOnly = true)
  public RfpQuestion question(long questionId) {
    return questions.findById(questionId)
        .orElseThrow(() -> new IllegalStateException("Question " + questionId + " does not exist"));
  }

  @Transactional
  public void answer(long questionId, String answer, String by) {
    if (answer == null || answer.isBlank()) {
      throw new FormInputRefused("An answer is required");
    }
    RfpQuestion q = question(questionId);
    q.answer(answer, by, clock.instant());
    history.record(q.getRfpId(), by, "Question answered", "question " + questionId);
  }

  /** Sends the question and its answer to every invited vendor, without naming who asked. */
  @Transactional
  public void broadcastAnswer(long questionId) {
    RfpQuestion q = question(questionId);
    Rfp rfp = rfp(q.getRfpId());
    for (Vendor vendor : rfp.getVendors()) {
      outbox.enqueue(mails.answer(rfp, vendor, q));
    }
  }

  @Transactional
  public int closeProposals(long rfpId) {
    Rfp rfp = rfp(rfpId);
    int count = proposals.findByRfpIdOrderById(rfpId).size();
    if (count > 0) {
      rfp.status(RfpStatus.EVALUATION);
    }
    history.record(rfpId, null, "Proposal deadline passed", count + " proposal(s)");
    return count;
  }

  /** Moves the proposal deadline and tells the vendors; returns the new deadline for the timer. */
  @Transactional
  public String extendDeadline(long rfpId, Instant deadline) {
    Rfp rfp = rfp(rfpId);
    if (deadline == null || !deadline.isAfter(clock.instant())) {
      throw new FormInputRefused("The new proposal deadline must be in the future");
    }
    rfp.extendProposalDeadline(deadline);
    for (Vendor vendor : rfp.getVendors()) {
      outbox.enqueue(mails.deadlineExtended(rfp, vendor));
    }
    history.record(rfpId, null, "Proposal deadline extended", deadline.toString());
    return deadline.toString();
  }

  @Transactional
  public void cancel(long rfpId, String reason) {
    Rfp rfp = rfp(rfpId);
    rfp.cancel(reason == null || reason.isBlank() ? "no reason given" : reason);
    for (Vendor vendor : rfp.getVendors()) {
      outbox.enqueue(mails.cancelled(rfp, vendor));
    }
    history.record(rfpId, null, "RFP cancelled", rfp.getCancelReason());
  }

  /** The empty (or earlier) score sheet of one evaluator: a row per proposal and criterion. */
  @Transactional(readOnly = true)
  public List<ScoreRow> scoreSheet(long rfpId, String evaluator) {
    Rfp rfp = rfp(rfpId);
    Map<String, RfpScore> earlier = new HashMap<>();
    scores.findByRfpIdAndEvaluator(rfpId, evaluator)
        .forEach(s -> earlier.put(s.getProposalId() + "/" + s.getCriterion(), s));
    List<ScoreRow> rows = new ArrayList<>();
    for (RfpProposal p : proposals.findByRfpIdOrderById(rfpId)) {
      for (Criterion c : rfp.getCriteria()) {
        RfpScore s = earlier.get(p.getId() + "/" + c.name());
        rows.add(new ScoreRow(p.getId(), p.getVendorCode(), c.name(), c.weight(),
            s == null ? null : s.getScore(), s == null ? null : s.getComment()));
      }
    }
    return rows;
  }

  /** Stores one evaluator's scores after checking the conflict declaration and every score. */
  @Transactional
  public void saveScores(long rfpId, String evaluator, boolean noConflict, List<ScoreRow> sheet) {
    if (!noConflict) {
      throw new FormInputRefused(
          "Declare that you have no conflict of interest before scoring; if you have one, ask the PMO to replace you as evaluator");
    }
    Set<String> expected =
        scoreSheet(rfpId, evaluator).stream().map(r -> r.proposalId() + "/" + r.criterion()).collect(Collectors.toSet());
    Set<String> given = new java.util.HashSet<>();
    for (ScoreRow row : sheet) {
      if (row.score() == null || row.score() < 0 || row.score() > 10) {
        throw new FormInputRefused(
            "Score " + row.vendor() + " on " + row.criterion() + " from 0 to 10");
      }
      given.add(row.proposalId() + "/" + row.criterion());
    }
    if (!given.equals(expected)) {
      throw new FormInputRefused("Score every proposal on every criterion");
    }
    scores.deleteAll(scores.findByRfpIdAndEvaluator(rfpId, evaluator));
    scores.flush();
    for (ScoreRow row : sheet) {
      scores.save(new RfpScore(rfpId, row.proposalId(), evaluator, row.criterion(), row.score(), row.comment()));
    }
    history.record(rfpId, evaluator, "Scores submitted", "no conflict of interest declared");
  }

  @Transactional
  public RfpAggregation.Result aggregate(long rfpId) {
    Rfp rfp = rfp(rfpId);
    RfpAggregation.Result result = ranking(rfp);
    rfp.status(RfpStatus.AWARD);
    history.record(rfpId, null, "Scores aggregated",
        result.ranking().stream().map(r -> r.rank() + ". " + r.vendorCode() + " " + r.total()).collect(Collectors.joining(", "))
            + (result.needsModeration() ? "; evaluators disagree: moderation" : ""));
    return result;
  }

  @Transactional(readOnly = true)
  public RfpAggregation.Result ranking(long rfpId) {
    return ranking(rfp(rfpId));
  }

  private RfpAggregation.Result ranking(Rfp rfp) {
    List<RfpAggregation.Bid> bids = proposals.findByRfpIdOrderById(rfp.getId()).stream()
        .map(p -> new RfpAggregation.Bid(p.getId(), p.getVendorCode(), p.getPrice())).toList();
    List<RfpAggregation.Score> all = scores.findByRfpId(rfp.getId()).stream()
        .map(s -> new RfpAggregation.Score(s.getProposalId(), s.getEvaluator(), s.getCriterion(), s.getScore())).toList();
    return RfpAggregation.aggregate(rfp.getCriteria(), bids, all, moderationSpread);
  }

  @Transactional
  public void moderate(long rfpId, String note, String by) {
    if (note == null || note.isBlank()) {
      throw new FormInputRefused("Write down how the evaluators' disagreement was settled");
    }
    rfp(rfpId).moderated(note);
    history.record(rfpId, by, "Scores moderated", note);
  }

  /** Awards the RFP; a vendor other than the top-ranked needs a written justification. */
  @Transactional
  public void award(long rfpId, String vendorCode, String justification, String by) {
    Rfp rfp = rfp(rfpId);
    RfpAggregation.Result ranking = ranking(rfp);
    if (vendorCode == null || ranking.ranking().stream().noneMatch(r -> r.vendorCode().equals(vendorCode))) {
      throw new FormInputRefused("Choose one of the vendors who submitted a proposal");
    }
    boolean top = vendorCode.equals(ranking.topVendor());
    if (!top && (justification == null || justification.isBlank())) {
      throw new FormInputRefused(
          "Awarding " + vendorCode + " instead of the top-ranked " + ranking.topVendor() + " needs a written justification");
    }
    rfp.award(vendorCode, justification);
    history.record(rfpId, by, "Awarded to " + vendorCode, top ? "top-ranked" : "not top-ranked: " + justification);
  }

  /** Tells every bidder the outcome: award to the winner, regret to the others. */
  @Transactional
  public void notifyBidders(long rfpId) {
    Rfp rfp = rfp(rfpId);
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
   * here). Returns the onboarding instance id.
   */
  @Transactional
  public String handOver(long rfpId) {
    Rfp rfp = rfp(rfpId);
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
                    winner.name(), winner.email()))
            .getProcessInstanceId();
    rfp.handedOver(id);
    history.record(rfpId, null, "Handed over to vendor onboarding", "process instance " + id);
    return id;
  }

  /** One line of an evaluator's score sheet. */
  public record ScoreRow(
      Long proposalId, String vendor, String criterion, Integer weight, Integer score, String comment) {}
}

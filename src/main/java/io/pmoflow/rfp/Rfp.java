package io.pmoflow.rfp;

import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Deliverable;
import io.pmoflow.rfp.RfpParts.Requirement;
import io.pmoflow.rfp.RfpParts.Vendor;
import io.pmoflow.rfp.RfpParts.VendorStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A request for proposal for one project. */
@Entity
@Table(name = "rfp")
public class Rfp {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  private String title;
  private String background;
  private String scope;

  @Column(name = "issue_date")
  private LocalDate issueDate;

  @Column(name = "question_deadline")
  private Instant questionDeadline;

  @Column(name = "proposal_deadline")
  private Instant proposalDeadline;

  @Column(name = "award_date")
  private LocalDate awardDate;

  @Column(name = "project_start")
  private LocalDate projectStart;

  @Column(name = "project_end")
  private LocalDate projectEnd;

  @Column(name = "personal_data")
  private boolean personalData;

  @Column(name = "production_access")
  private boolean productionAccess;

  @Enumerated(EnumType.STRING)
  private RfpStatus status;

  @Column(name = "review_comments")
  private String reviewComments;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "awarded_vendor_code")
  private String awardedVendorCode;

  @Column(name = "award_justification")
  private String awardJustification;

  @Column(name = "moderation_note")
  private String moderationNote;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "onboarding_instance_id")
  private String onboardingInstanceId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @ElementCollection
  @CollectionTable(name = "rfp_requirement", joinColumns = @JoinColumn(name = "rfp_id"))
  @OrderColumn(name = "position")
  private List<Requirement> requirements = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "rfp_deliverable", joinColumns = @JoinColumn(name = "rfp_id"))
  @OrderColumn(name = "position")
  private List<Deliverable> deliverables = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "rfp_criterion", joinColumns = @JoinColumn(name = "rfp_id"))
  @OrderColumn(name = "position")
  private List<Criterion> criteria = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "rfp_vendor", joinColumns = @JoinColumn(name = "rfp_id"))
  @OrderColumn(name = "position")
  private List<Vendor> vendors = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "rfp_evaluator", joinColumns = @JoinColumn(name = "rfp_id"))
  @OrderColumn(name = "position")
  @Column(name = "user_id")
  private List<String> evaluators = new ArrayList<>();

  protected Rfp() {}

  Rfp(long projectId, String createdBy, Instant createdAt) {
    this.projectId = projectId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = RfpStatus.DRAFT;
  }

  /** Replaces the content with the draft (the PMO edits the whole RFP at once). */
  void apply(RfpDraft draft) {
    title = draft.title();
    background = nullToEmpty(draft.background());
    scope = nullToEmpty(draft.scope());
    RfpDraft.Milestones m = draft.milestones() == null ? RfpDraft.Milestones.NONE : draft.milestones();
    issueDate = m.issueDate();
    questionDeadline = m.questionDeadline();
    proposalDeadline = m.proposalDeadline();
    awardDate = m.awardDate();
    projectStart = m.projectStart();
    projectEnd = m.projectEnd();
    personalData = Boolean.TRUE.equals(draft.personalData());
    productionAccess = Boolean.TRUE.equals(draft.productionAccess());
    replace(requirements, draft.requirementList());
    replace(deliverables, draft.deliverableList());
    replace(criteria, draft.criterionList());
    replace(evaluators, draft.evaluatorList());
    List<Vendor> invited =
        draft.vendorList().stream()
            .map(v -> new Vendor(v.code(), v.name(), v.email(), VendorStatus.INVITED))
            .toList();
    replace(vendors, invited);
  }

  private static <T> void replace(List<T> target, List<T> values) {
    target.clear();
    target.addAll(values);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The draft as the PMO last left it, for the drafting form. */
  RfpDraft toDraft() {
    return new RfpDraft(
        projectId,
        title,
        background,
        scope,
        List.copyOf(requirements),
        List.copyOf(deliverables),
        new RfpDraft.Milestones(
            issueDate, questionDeadline, proposalDeadline, awardDate, projectStart, projectEnd),
        List.copyOf(criteria),
        vendors.stream().map(v -> new RfpDraft.InvitedVendor(v.code(), v.name(), v.email())).toList(),
        List.copyOf(evaluators),
        personalData,
        productionAccess);
  }

  Optional<Vendor> vendor(String code) {
    return vendors.stream().filter(v -> v.code().equalsIgnoreCase(code)).findFirst();
  }

  void vendorStatus(String code, VendorStatus next) {
    for (int i = 0; i < vendors.size(); i++) {
      if (vendors.get(i).code().equalsIgnoreCase(code)) {
        vendors.set(i, vendors.get(i).withStatus(next));
      }
    }
  }

  void status(RfpStatus next) {
    this.status = next;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void reviewComments(String comments) {
    this.reviewComments = comments;
  }

  void extendProposalDeadline(Instant deadline) {
    this.proposalDeadline = deadline;
  }

  void award(String vendorCode, String justification) {
    this.awardedVendorCode = vendorCode;
    this.awardJustification = justification;
    this.status = RfpStatus.AWARDED;
  }

  void moderated(String note) {
    this.moderationNote = note;
  }

  void cancel(String reason) {
    this.cancelReason = reason;
    this.status = RfpStatus.CANCELLED;
  }

  void handedOver(String onboardingInstanceId) {
    this.onboardingInstanceId = onboardingInstanceId;
  }

  /** The key people and Cockpit know the RFP by, and its instance's business key: {@code RFP-3}. */
  public String caseKey() {
    return keyOf(id);
  }

  static String keyOf(long id) {
    return "RFP-" + id;
  }

  /** The key and the title, as the task names show them: {@code RFP-3 New CRM}. */
  public String caseLabel() {
    return title == null || title.isBlank() ? caseKey() : caseKey() + " " + title;
  }

  public String documentKey() {
    return "rfp-" + id;
  }

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public String getTitle() {
    return title;
  }

  public String getBackground() {
    return background;
  }

  public String getScope() {
    return scope;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public Instant getQuestionDeadline() {
    return questionDeadline;
  }

  public Instant getProposalDeadline() {
    return proposalDeadline;
  }

  public LocalDate getAwardDate() {
    return awardDate;
  }

  public LocalDate getProjectStart() {
    return projectStart;
  }

  public LocalDate getProjectEnd() {
    return projectEnd;
  }

  public boolean isPersonalData() {
    return personalData;
  }

  public boolean isProductionAccess() {
    return productionAccess;
  }

  public RfpStatus getStatus() {
    return status;
  }

  public String getReviewComments() {
    return reviewComments;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getAwardedVendorCode() {
    return awardedVendorCode;
  }

  public String getAwardJustification() {
    return awardJustification;
  }

  public String getModerationNote() {
    return moderationNote;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public String getOnboardingInstanceId() {
    return onboardingInstanceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public List<Requirement> getRequirements() {
    return List.copyOf(requirements);
  }

  public List<Deliverable> getDeliverables() {
    return List.copyOf(deliverables);
  }

  public List<Criterion> getCriteria() {
    return List.copyOf(criteria);
  }

  public List<Vendor> getVendors() {
    return List.copyOf(vendors);
  }

  public List<String> getEvaluators() {
    return List.copyOf(evaluators);
  }
}

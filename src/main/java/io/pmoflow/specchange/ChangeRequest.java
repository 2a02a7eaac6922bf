package io.pmoflow.specchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A request to change a project's specification, from submission to closing. */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String description;

  private String reason;

  @Column(nullable = false)
  private String requester;

  @Enumerated(EnumType.STRING)
  @Column(name = "requester_role", nullable = false)
  private RequesterRole requesterRole;

  @Column(name = "vendor_code")
  private String vendorCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false)
  private ChangeType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ChangeStatus status;

  @Column(name = "base_version", nullable = false)
  private int baseVersion;

  @Column(name = "resulting_version")
  private Integer resultingVersion;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  private String question;
  private String answer;

  @Column(name = "effort_days")
  private BigDecimal effortDays;

  private BigDecimal cost;

  @Column(name = "delay_days")
  private Integer delayDays;

  private String risk;
  private String deliverables;

  @Column(name = "contract_change", nullable = false)
  private boolean contractChange;

  @Column(name = "vendor_effort_days")
  private BigDecimal vendorEffortDays;

  @Column(name = "vendor_cost")
  private BigDecimal vendorCost;

  @Column(name = "follow_up_date")
  private LocalDate followUpDate;

  @Column(name = "needs_pm")
  private Boolean needsPm;

  @Column(name = "needs_board")
  private Boolean needsBoard;

  @Column(name = "needs_sponsor")
  private Boolean needsSponsor;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ChangeRequest() {}

  ChangeRequest(
      Long projectId,
      String title,
      String description,
      String reason,
      String requester,
      RequesterRole requesterRole,
      String vendorCode,
      ChangeType type,
      int baseVersion,
      Instant now) {
    this.projectId = projectId;
    this.title = title;
    this.description = description;
    this.reason = reason;
    this.requester = requester;
    this.requesterRole = requesterRole;
    this.vendorCode = vendorCode;
    this.type = type;
    this.baseVersion = baseVersion;
    this.status = ChangeStatus.SUBMITTED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void moveTo(ChangeStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** Who must approve, as the routing table decided. */
  void route(boolean pm, boolean board, boolean sponsor) {
    this.needsPm = pm;
    this.needsBoard = board;
    this.needsSponsor = sponsor;
  }

  /** The approvals the last routing asked for; fails if the request was never routed. */
  ChangeRequestApprovals.Route route() {
    if (needsPm == null || needsBoard == null || needsSponsor == null) {
      throw new IllegalStateException("Change request " + id + " has not been routed");
    }
    return new ChangeRequestApprovals.Route(needsPm, needsBoard, needsSponsor, java.util.List.of());
  }

  void classify(ChangeType type) {
    this.type = type;
  }

  void ask(String question) {
    this.question = question;
  }

  void answer(String answer) {
    this.answer = answer;
  }

  void defer(LocalDate until) {
    this.followUpDate = until;
  }

  void assessImpact(
      BigDecimal effortDays, BigDecimal cost, Integer delayDays, String risk, String deliverables, boolean contractChange) {
    this.effortDays = effortDays;
    this.cost = cost;
    this.delayDays = delayDays;
    this.risk = risk;
    this.deliverables = deliverables;
    this.contractChange = contractChange;
  }

  void estimateByVendor(BigDecimal effortDays, BigDecimal cost) {
    this.vendorEffortDays = effortDays;
    this.vendorCost = cost;
  }

  void resultIn(int version) {
    this.resultingVersion = version;
  }

  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  /** The key people know the request by: {@code CR-12}; also the process instance's business key. */
  public String key() {
    return keyOf(id);
  }

  static String keyOf(long id) {
    return "CR-" + id;
  }

  /** The key and title, as task names and mails show them: {@code CR-12: One-time code at login}. */
  public String caseLabel() {
    return key() + ": " + title;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getReason() {
    return reason;
  }

  public String getRequester() {
    return requester;
  }

  public RequesterRole getRequesterRole() {
    return requesterRole;
  }

  public String getVendorCode() {
    return vendorCode;
  }

  public ChangeType getType() {
    return type;
  }

  public ChangeStatus getStatus() {
    return status;
  }

  public int getBaseVersion() {
    return baseVersion;
  }

  public Integer getResultingVersion() {
    return resultingVersion;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }

  public BigDecimal getEffortDays() {
    return effortDays;
  }

  public BigDecimal getCost() {
    return cost;
  }

  public Integer getDelayDays() {
    return delayDays;
  }

  public String getRisk() {
    return risk;
  }

  public String getDeliverables() {
    return deliverables;
  }

  public boolean isContractChange() {
    return contractChange;
  }

  public BigDecimal getVendorEffortDays() {
    return vendorEffortDays;
  }

  public BigDecimal getVendorCost() {
    return vendorCost;
  }

  public LocalDate getFollowUpDate() {
    return followUpDate;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

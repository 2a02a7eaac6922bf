package io.pmoflow.rfp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A vendor's proposal: one per vendor and RFP, with its price and summary; its files are
 * {@link ProposalFile}s. The vendor may revise it until the proposal deadline.
 */
@Entity
@Table(name = "rfp_proposal")
public class RfpProposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "rfp_id")
  private Long rfpId;

  @Column(name = "vendor_code")
  private String vendorCode;

  private BigDecimal price;
  private String summary;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "revised_at")
  private Instant revisedAt;

  protected RfpProposal() {}

  RfpProposal(Long rfpId, String vendorCode, NewProposal p, String by, Instant at) {
    this.rfpId = rfpId;
    this.vendorCode = vendorCode;
    this.price = p.price();
    this.summary = p.summary();
    this.submittedBy = by;
    this.submittedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getRfpId() {
    return rfpId;
  }

  public String getVendorCode() {
    return vendorCode;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getSummary() {
    return summary;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  /** When the vendor last changed the price or summary; null if never. */
  public Instant getRevisedAt() {
    return revisedAt;
  }

  void revise(NewProposal p, Instant at) {
    this.price = p.price();
    this.summary = p.summary();
    this.revisedAt = at;
  }
}

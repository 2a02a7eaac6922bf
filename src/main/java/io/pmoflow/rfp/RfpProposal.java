package io.pmoflow.rfp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A vendor's proposal: one per vendor and RFP, with its price and its attachment's metadata. */
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

  @Column(name = "attachment_name")
  private String attachmentName;

  @Column(name = "attachment_type")
  private String attachmentType;

  @Column(name = "attachment_size")
  private long attachmentSize;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected RfpProposal() {}

  RfpProposal(Long rfpId, String vendorCode, NewProposal p, String by, Instant at) {
    this.rfpId = rfpId;
    this.vendorCode = vendorCode;
    this.price = p.price();
    this.summary = p.summary();
    this.attachmentName = p.attachmentName();
    this.attachmentType = p.attachmentType();
    this.attachmentSize = p.attachmentSize();
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

  public String getAttachmentName() {
    return attachmentName;
  }

  public String getAttachmentType() {
    return attachmentType;
  }

  public long getAttachmentSize() {
    return attachmentSize;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}

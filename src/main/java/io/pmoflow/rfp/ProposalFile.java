package io.pmoflow.rfp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One file of a vendor's proposal, as PMO Flow stored it: the name the vendor gave it, the type the
 * server found in its content, its size and SHA-256. The bytes are a {@link ProposalFileContent}.
 */
@Entity
@Table(name = "rfp_proposal_file")
public class ProposalFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "proposal_id")
  private Long proposalId;

  @Column(name = "rfp_id")
  private Long rfpId;

  @Column(name = "vendor_code")
  private String vendorCode;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected ProposalFile() {}

  ProposalFile(RfpProposal proposal, CheckedFile file, String by, Instant at) {
    this.proposalId = proposal.getId();
    this.rfpId = proposal.getRfpId();
    this.vendorCode = proposal.getVendorCode();
    this.uploadedBy = by;
    this.uploadedAt = at;
    describe(file);
  }

  /** The same place in the proposal now holds another file (a replacement). */
  void replaceWith(CheckedFile file, String by, Instant at) {
    this.uploadedBy = by;
    this.uploadedAt = at;
    describe(file);
  }

  private void describe(CheckedFile file) {
    this.fileName = file.name();
    this.mediaType = file.kind().mediaType();
    this.size = file.content().length;
    this.sha256 = file.sha256();
  }

  public Long getId() {
    return id;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public Long getRfpId() {
    return rfpId;
  }

  public String getVendorCode() {
    return vendorCode;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}

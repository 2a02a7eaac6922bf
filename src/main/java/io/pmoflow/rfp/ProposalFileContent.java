package io.pmoflow.rfp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link ProposalFile}, kept apart so that listing files never reads them. */
@Entity
@Table(name = "rfp_proposal_file_content")
class ProposalFileContent {

  @Id
  @Column(name = "file_id")
  private Long fileId;

  @Column(nullable = false)
  private byte[] content;

  protected ProposalFileContent() {}

  ProposalFileContent(Long fileId, byte[] content) {
    this.fileId = fileId;
    this.content = content;
  }

  byte[] getContent() {
    return content;
  }

  void replace(byte[] content) {
    this.content = content;
  }
}

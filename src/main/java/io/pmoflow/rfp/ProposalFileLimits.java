package io.pmoflow.rfp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code pmoflow.rfp.proposal-files.*}: how large one file of a proposal and all its files together
 * may be, and how many files it may have. Keep {@code spring.servlet.multipart.max-request-size}
 * above {@code max-proposal-size}, so that PMO Flow, not the servlet container, refuses an oversized
 * file and names it.
 */
@ConfigurationProperties("pmoflow.rfp.proposal-files")
public record ProposalFileLimits(DataSize maxFileSize, DataSize maxProposalSize, Integer maxFiles) {

  public ProposalFileLimits {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
    maxProposalSize = maxProposalSize == null ? DataSize.ofMegabytes(50) : maxProposalSize;
    maxFiles = maxFiles == null ? 20 : maxFiles;
  }
}

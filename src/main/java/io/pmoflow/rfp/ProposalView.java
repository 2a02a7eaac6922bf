package io.pmoflow.rfp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A proposal as the API and the pages show it: what the vendor submitted, when, and its files with their download addresses. */
public record ProposalView(
    Long id,
    Long rfpId,
    String vendor,
    String vendorName,
    BigDecimal price,
    String summary,
    String submittedBy,
    Instant submittedAt,
    Instant revisedAt,
    List<FileView> files) {

  static ProposalView of(Rfp rfp, RfpProposal p, List<ProposalFile> files) {
    return new ProposalView(p.getId(), p.getRfpId(), p.getVendorCode(), RfpFormTexts.vendorName(rfp, p.getVendorCode()),
        p.getPrice(), p.getSummary(), p.getSubmittedBy(), p.getSubmittedAt(), p.getRevisedAt(),
        files.stream().map(FileView::of).toList());
  }

  /** One file of the proposal; {@code href} downloads it (for the vendor itself, the PMO and the RFP's evaluators). */
  public record FileView(
      Long id, String name, String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt, String href) {

    static FileView of(ProposalFile f) {
      return new FileView(f.getId(), f.getFileName(), f.getMediaType(), f.getSize(), f.getSha256(), f.getUploadedBy(),
          f.getUploadedAt(), path(f));
    }
  }

  /** The download address of a file, relative to the server: {@code /api/rfps/1/proposals/2/files/3}. */
  static String path(ProposalFile f) {
    return "/api/rfps/" + f.getRfpId() + "/proposals/" + f.getProposalId() + "/files/" + f.getId();
  }
}

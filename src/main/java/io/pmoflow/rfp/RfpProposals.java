package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.rfp.RfpParts.Vendor;
import io.pmoflow.rfp.RfpParts.VendorStatus;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.web.ApiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendors' proposals and their files: a vendor submits one proposal with its files, and until the
 * proposal deadline may revise it, add, replace and delete files; afterwards nothing changes. Every
 * read is checked here, whatever route it came by ({@link ProposalReaders}).
 */
@Service
public class RfpProposals {

  private final TenderGate gate;
  private final ProposalReaders readers;
  private final ProposalFileCheck check;
  private final RfpProposalRepository proposals;
  private final ProposalFileRepository files;
  private final ProposalFileContentRepository contents;
  private final RfpHistory history;
  private final CurrentUser currentUser;
  private final Clock clock;

  RfpProposals(
      TenderGate gate,
      ProposalReaders readers,
      ProposalFileCheck check,
      RfpProposalRepository proposals,
      ProposalFileRepository files,
      ProposalFileContentRepository contents,
      RfpHistory history,
      CurrentUser currentUser,
      Clock clock) {
    this.gate = gate;
    this.readers = readers;
    this.check = check;
    this.proposals = proposals;
    this.files = files;
    this.contents = contents;
    this.history = history;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The vendor's one proposal with at least one file, before the deadline; otherwise a problem and nothing stored. */
  @Transactional
  public ProposalView propose(long rfpId, NewProposal request, List<ProposalUpload> uploads) {
    Rfp rfp = gate.rfp(rfpId);
    Vendor vendor = gate.invitedVendor(rfp);
    gate.requireChangeable(rfp);
    if (proposals.findByRfpIdAndVendorCode(rfp.getId(), vendor.code()).isPresent()) {
      throw ApiException.conflict(Text.of("rfp.conflict.proposed-for", vendor.code(), String.valueOf(rfpId)).inRequestLanguage());
    }
    if (uploads.isEmpty()) {
      throw ProposalFileRefused.invalid(Text.of("rfp.file.none"));
    }
    List<CheckedFile> checked = checkAll(uploads);
    check.checkProposal(List.of(), checked);
    RfpProposal proposal = proposals.saveAndFlush(new RfpProposal(rfp.getId(), vendor.code(), request, currentUser.id(), clock.instant()));
    store(proposal, checked);
    rfp.vendorStatus(vendor.code(), VendorStatus.SUBMITTED);
    history.record(rfp.getId(), currentUser.id(), "Proposal submitted",
        vendor.code() + ", price " + request.price() + ", files: " + names(checked));
    return view(rfp, proposal);
  }

  /** A new price or summary, before the deadline. */
  @Transactional
  public ProposalView revise(long rfpId, long proposalId, NewProposal request) {
    Changeable c = changeable(rfpId, proposalId);
    c.proposal().revise(request, clock.instant());
    history.record(rfpId, currentUser.id(), "Proposal revised", c.proposal().getVendorCode() + ", price " + request.price());
    return view(c.rfp(), c.proposal());
  }

  @Transactional
  public ProposalView addFiles(long rfpId, long proposalId, List<ProposalUpload> uploads) {
    Changeable c = changeable(rfpId, proposalId);
    if (uploads.isEmpty()) {
      throw ProposalFileRefused.invalid(Text.of("rfp.file.none"));
    }
    List<CheckedFile> checked = checkAll(uploads);
    check.checkProposal(files.findByProposalIdOrderById(proposalId), checked);
    store(c.proposal(), checked);
    history.record(rfpId, currentUser.id(), "Proposal files added", c.proposal().getVendorCode() + ": " + names(checked));
    return view(c.rfp(), c.proposal());
  }

  /** Replaces one file by another (its name may change); the old bytes are gone. */
  @Transactional
  public ProposalView replaceFile(long rfpId, long proposalId, long fileId, ProposalUpload upload) {
    Changeable c = changeable(rfpId, proposalId);
    ProposalFile file = fileOf(c.proposal(), fileId);
    CheckedFile checked = check.check(upload);
    List<ProposalFile> others = files.findByProposalIdOrderById(proposalId).stream().filter(f -> !f.getId().equals(fileId)).toList();
    check.checkProposal(others, List.of(checked));
    String before = file.getFileName();
    file.replaceWith(checked, currentUser.id(), clock.instant());
    contents.findById(fileId).orElseThrow().replace(checked.content());
    history.record(rfpId, currentUser.id(), "Proposal file replaced",
        c.proposal().getVendorCode() + ": " + before + " by " + checked.name() + " (sha-256 " + checked.sha256() + ")");
    return view(c.rfp(), c.proposal());
  }

  /** Deletes one file; the proposal keeps at least one. */
  @Transactional
  public ProposalView deleteFile(long rfpId, long proposalId, long fileId) {
    Changeable c = changeable(rfpId, proposalId);
    ProposalFile file = fileOf(c.proposal(), fileId);
    if (files.findByProposalIdOrderById(proposalId).size() == 1) {
      throw ApiException.conflict(Text.of("rfp.file.last-file", file.getFileName()).inRequestLanguage());
    }
    contents.deleteById(fileId);
    files.delete(file);
    history.record(rfpId, currentUser.id(), "Proposal file deleted", c.proposal().getVendorCode() + ": " + file.getFileName());
    return view(c.rfp(), c.proposal());
  }

  /**
   * The proposals the caller may read: a vendor its own (at any time); the PMO and the RFP's
   * evaluators every proposal once the deadline has passed (409 before); anyone else 403.
   */
  @Transactional(readOnly = true)
  public List<ProposalView> list(long rfpId) {
    Rfp rfp = gate.rfp(rfpId);
    List<RfpProposal> all = proposals.findByRfpIdOrderById(rfpId);
    List<RfpProposal> own = all.stream().filter(p -> readers.isVendor(p.getVendorCode())).toList();
    boolean invited = rfp.getVendors().stream().anyMatch(v -> readers.isVendor(v.code()));
    if (invited) {
      return own.stream().map(p -> view(rfp, p)).toList();
    }
    if (!readers.isStaffReader(rfp)) {
      throw ApiException.forbidden(Text.of("rfp.forbidden.proposals", String.valueOf(rfpId)).inRequestLanguage());
    }
    readers.requireUnsealed(rfp);
    return all.stream().map(p -> view(rfp, p)).toList();
  }

  @Transactional(readOnly = true)
  public ProposalView get(long rfpId, long proposalId) {
    Rfp rfp = gate.rfp(rfpId);
    RfpProposal proposal = readable(rfp, proposalId);
    return view(rfp, proposal);
  }

  /** One file's bytes, for its vendor, the PMO and the RFP's evaluators; 404 to anyone else, as for a file that does not exist. */
  @Transactional(readOnly = true)
  public Download download(long rfpId, long proposalId, long fileId) {
    Rfp rfp = gate.rfp(rfpId);
    ProposalFile file = files.findById(fileId)
        .filter(f -> f.getRfpId().equals(rfpId) && f.getProposalId().equals(proposalId))
        .orElseThrow(() -> ApiException.notFound(Text.of("thing.proposal-file"), fileId));
    readers.requireReadable(rfp, file.getVendorCode(), Text.of("thing.proposal-file"), fileId);
    return new Download(file, contents.findById(fileId).orElseThrow().getContent());
  }

  /** A file with its bytes, as served. */
  public record Download(ProposalFile file, byte[] content) {}

  private RfpProposal readable(Rfp rfp, long proposalId) {
    RfpProposal proposal = proposals.findById(proposalId)
        .filter(p -> p.getRfpId().equals(rfp.getId()))
        .orElseThrow(() -> ApiException.notFound(Text.of("thing.proposal"), proposalId));
    readers.requireReadable(rfp, proposal.getVendorCode(), Text.of("thing.proposal"), proposalId);
    return proposal;
  }

  /** The caller's own proposal, locked for the change, while the RFP still takes changes. */
  private Changeable changeable(long rfpId, long proposalId) {
    Rfp rfp = gate.rfp(rfpId);
    Vendor vendor = gate.invitedVendor(rfp);
    gate.requireChangeable(rfp);
    RfpProposal proposal = proposals.findLockedById(proposalId)
        .filter(p -> p.getRfpId().equals(rfpId) && p.getVendorCode().equals(vendor.code()))
        .orElseThrow(() -> ApiException.notFound(Text.of("thing.proposal"), proposalId));
    return new Changeable(rfp, proposal);
  }

  private record Changeable(Rfp rfp, RfpProposal proposal) {}

  private ProposalFile fileOf(RfpProposal proposal, long fileId) {
    return files.findById(fileId)
        .filter(f -> f.getProposalId().equals(proposal.getId()))
        .orElseThrow(() -> ApiException.notFound(Text.of("thing.proposal-file"), fileId));
  }

  private List<CheckedFile> checkAll(List<ProposalUpload> uploads) {
    List<CheckedFile> checked = new ArrayList<>();
    for (ProposalUpload upload : uploads) {
      checked.add(check.check(upload));
    }
    return checked;
  }

  private void store(RfpProposal proposal, List<CheckedFile> checked) {
    for (CheckedFile file : checked) {
      ProposalFile stored = files.saveAndFlush(new ProposalFile(proposal, file, currentUser.id(), clock.instant()));
      contents.save(new ProposalFileContent(stored.getId(), file.content()));
    }
  }

  private ProposalView view(Rfp rfp, RfpProposal proposal) {
    return ProposalView.of(rfp, proposal, files.findByProposalIdOrderById(proposal.getId()));
  }

  private static String names(List<CheckedFile> checked) {
    return String.join(", ", checked.stream().map(CheckedFile::name).toList());
  }
}

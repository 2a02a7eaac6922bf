package io.pmoflow.rfp;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Vendors' proposals with their files: uploaded by the invited vendor, opened by it, the PMO and the RFP's evaluators. */
@RestController
@RequestMapping("/api/rfps/{id}/proposals")
class ProposalController {

  private final RfpProposals proposals;

  ProposalController(RfpProposals proposals) {
    this.proposals = proposals;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Submit your company's proposal: the price, a summary and its files (one proposal per vendor)",
      description = "multipart/form-data with the fields price and summary and one part 'files' per file. Accepted: "
          + "PDF, Word, Excel, PowerPoint (also 97-2003), PNG, JPEG, GIF, WebP and zip, checked by content, not only by "
          + "name; each file and the proposal's files together have a size limit (pmoflow.rfp.proposal-files). "
          + "Only staff of an invited vendor, before the proposal deadline. 413 too large, 415 a kind not accepted or "
          + "a file whose content is not what its name says, 409 after the deadline or a second proposal.")
  ResponseEntity<ProposalView> propose(
      @PathVariable long id,
      @Valid @ModelAttribute NewProposal proposal,
      @RequestPart("files") List<MultipartFile> files) {
    ProposalView view = proposals.propose(id, proposal, ProposalUpload.of(files));
    return ResponseEntity.created(URI.create("/api/rfps/" + id + "/proposals/" + view.id())).body(view);
  }

  /** The old JSON body named a file without sending it: refused in plain words (an RFC 9457 problem), nothing stored. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(hidden = true)
  ResponseEntity<ProposalView> proposeAsJson(@PathVariable long id) {
    throw ProposalFileRefused.wrongKind(io.pmoflow.i18n.Text.of("rfp.file.multipart-needed"));
  }

  @GetMapping
  @Operation(
      summary = "The proposals you may read",
      description = "A vendor: its own, with its files. The PMO and the RFP's evaluators: every proposal, once the "
          + "proposal deadline has passed (409 before: proposals are sealed). Anyone else: 403.")
  List<ProposalView> list(@PathVariable long id) {
    return proposals.list(id);
  }

  @GetMapping("/{proposalId}")
  @Operation(summary = "One proposal with its files", description = "404 to anyone who may not read it, as for one that does not exist.")
  ProposalView get(@PathVariable long id, @PathVariable long proposalId) {
    return proposals.get(id, proposalId);
  }

  @PutMapping(value = "/{proposalId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Revise your proposal's price and summary, before the proposal deadline")
  ProposalView revise(@PathVariable long id, @PathVariable long proposalId, @Valid @RequestBody NewProposal proposal) {
    return proposals.revise(id, proposalId, proposal);
  }

  @PostMapping(value = "/{proposalId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Add files to your proposal, before the proposal deadline", description = "One part 'files' per file; the same checks as the submission.")
  ProposalView addFiles(@PathVariable long id, @PathVariable long proposalId, @RequestPart("files") List<MultipartFile> files) {
    return proposals.addFiles(id, proposalId, ProposalUpload.of(files));
  }

  @PutMapping(value = "/{proposalId}/files/{fileId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Replace one file of your proposal by another, before the proposal deadline", description = "One part 'file'.")
  ProposalView replaceFile(
      @PathVariable long id, @PathVariable long proposalId, @PathVariable long fileId, @RequestPart("file") MultipartFile file) {
    return proposals.replaceFile(id, proposalId, fileId, ProposalUpload.of(file));
  }

  @DeleteMapping("/{proposalId}/files/{fileId}")
  @Operation(summary = "Delete one file of your proposal, before the proposal deadline", description = "A proposal keeps at least one file (409).")
  ProposalView deleteFile(@PathVariable long id, @PathVariable long proposalId, @PathVariable long fileId) {
    return proposals.deleteFile(id, proposalId, fileId);
  }

  @GetMapping("/{proposalId}/files/{fileId}")
  @Operation(
      summary = "Download one file of a proposal",
      description = "For the vendor that uploaded it, the PMO and the RFP's evaluators (after the deadline). 404 to "
          + "anyone else, another vendor included. Served as an attachment with the type found in its content.")
  ResponseEntity<byte[]> download(
      @PathVariable long id, @PathVariable long proposalId, @Parameter(description = "the file's id") @PathVariable long fileId) {
    RfpProposals.Download download = proposals.download(id, proposalId, fileId);
    ProposalFile file = download.file();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getMediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .eTag('"' + file.getSha256() + '"')
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(download.content());
  }

}

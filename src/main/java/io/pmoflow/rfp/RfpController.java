package io.pmoflow.rfp;

import io.pmoflow.i18n.Texts;
import io.pmoflow.document.DocumentVersion;
import io.pmoflow.listing.KnownParameters;
import io.pmoflow.listing.ListPage;
import io.pmoflow.listing.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Requests for proposal: started by the PMO, read by staff, answered by invited vendors. */
@RestController
@RequestMapping("/api/rfps")
class RfpController {

  private final RfpService service;
  private final RfpList list;
  private final Texts texts;

  RfpController(RfpService service, RfpList list, Texts texts) {
    this.texts = texts;
    this.service = service;
    this.list = list;
  }

  @GetMapping
  @Operation(
      summary = "The RFPs you may see, a page at a time, each with what it waits on, on whom, since when",
      description = "PMO, security, change board and sponsor see every RFP; a project manager the RFPs of the "
          + "projects they manage; an evaluator the RFPs they evaluate. Sort fields: id, title, status, project, "
          + "proposalDeadline, createdAt (default id,desc). An unknown parameter or a bad value is a 400 problem "
          + "naming the parameter.")
  ListPage<RfpListItem> list(
      @ParameterObject RfpListParameters filters, @ParameterObject PageParameters page, HttpServletRequest request) {
    KnownParameters.check(request, RfpListParameters.class, PageParameters.class);
    return list.page(RfpList.Query.read(filters, page));
  }

  @PostMapping
  ResponseEntity<RfpView.Created> create(@RequestBody RfpDraft draft) {
    Rfp rfp = service.create(draft);
    return ResponseEntity.created(URI.create("/api/rfps/" + rfp.getId()))
        .body(new RfpView.Created(rfp.getId(), rfp.getProcessInstanceId(), rfp.getStatus()));
  }

  @GetMapping("/{id}")
  RfpView get(@PathVariable long id) {
    return service.view(id);
  }

  /** The same RFP as a readable page, for the follow link (a browser asks for HTML). */
  @GetMapping(value = "/{id}", produces = MediaType.TEXT_HTML_VALUE)
  String page(@PathVariable long id) {
    return service.view(id).page(texts.inRequestLanguage());
  }

  /** The latest version of the RFP document: PDF, or HTML with {@code ?format=html}. */
  @GetMapping("/{id}/document")
  ResponseEntity<byte[]> document(
      @PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
    return download(service.document(id, null), format);
  }

  @GetMapping("/{id}/document/versions")
  List<VersionLine> versions(@PathVariable long id) {
    return service.documentVersions(id).stream()
        .map(v -> new VersionLine(v.getVersion(), v.getTitle(), v.getCreatedAt()))
        .toList();
  }

  @GetMapping("/{id}/document/versions/{version}")
  ResponseEntity<byte[]> documentVersion(
      @PathVariable long id,
      @PathVariable int version,
      @RequestParam(defaultValue = "pdf") String format) {
    return download(service.document(id, version), format);
  }

  @PostMapping("/{id}/questions")
  ResponseEntity<QuestionReceived> ask(@PathVariable long id, @Valid @RequestBody NewQuestion body) {
    RfpQuestion q = service.ask(id, body);
    return ResponseEntity.status(201).body(new QuestionReceived(q.getId(), q.getAskedAt()));
  }

  @PostMapping("/{id}/intent")
  ResponseEntity<Void> intent(@PathVariable long id, @Valid @RequestBody Intent body) {
    service.intent(id, body.bid());
    return ResponseEntity.noContent().build();
  }

  record VersionLine(int version, String title, Instant createdAt) {}

  record QuestionReceived(Long id, Instant askedAt) {}

  /** Whether the vendor intends to bid. */
  record Intent(@jakarta.validation.constraints.NotNull(message = "{pmoflow.validation.required-boolean}") Boolean bid) {}

  private static ResponseEntity<byte[]> download(DocumentVersion version, String format) {
    boolean html = "html".equalsIgnoreCase(format);
    return ResponseEntity.ok()
        .contentType(html ? MediaType.TEXT_HTML : MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(version.fileName(html ? "html" : "pdf")).build().toString())
        .body(html ? version.getHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8) : version.getPdf());
  }
}

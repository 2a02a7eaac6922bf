package io.pmoflow.specchange;

import io.pmoflow.specchange.ChangeRequestViews.Answer;
import io.pmoflow.specchange.ChangeRequestViews.ChangeRequestView;
import io.pmoflow.specchange.ChangeRequestViews.Created;
import io.pmoflow.specchange.ChangeRequestViews.NewChangeRequest;
import io.pmoflow.specchange.ChangeRequestViews.Withdrawal;
import io.pmoflow.listing.KnownParameters;
import io.pmoflow.listing.ListPage;
import io.pmoflow.listing.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Change requests: submit, follow, answer the triage question, withdraw. */
@RestController
@RequestMapping("/api/change-requests")
class ChangeRequestController {

  private final ChangeRequestService service;
  private final ChangeRequestList list;

  ChangeRequestController(ChangeRequestService service, ChangeRequestList list) {
    this.service = service;
    this.list = list;
  }

  @GetMapping
  @Operation(
      summary = "The change requests you may see, a page at a time, each with what it waits on, on whom, since when",
      description = "PMO, security, change board and sponsor see every request; a project manager the requests of "
          + "the projects they manage; everyone the requests they submitted. Sort fields: id, title, status, type, "
          + "requester, project, createdAt, updatedAt (default id,desc). An unknown parameter or a bad value is a 400 "
          + "problem naming the parameter.")
  ListPage<ChangeRequestListItem> list(
      @ParameterObject ChangeRequestListParameters filters, @ParameterObject PageParameters page,
      HttpServletRequest request) {
    KnownParameters.check(request, ChangeRequestListParameters.class, PageParameters.class);
    return list.page(ChangeRequestList.Query.read(filters, page));
  }

  @PostMapping
  ResponseEntity<Created> submit(@Valid @RequestBody NewChangeRequest body) {
    Created created = service.submit(body);
    return ResponseEntity.created(URI.create("/api/change-requests/" + created.id())).body(created);
  }

  @GetMapping("/{id}")
  ChangeRequestView get(@PathVariable long id) {
    return service.get(id);
  }

  /** The same request as a readable page, for the link in a mail (a browser asks for HTML). */
  @GetMapping(value = "/{id}", produces = org.springframework.http.MediaType.TEXT_HTML_VALUE)
  String page(@PathVariable long id) {
    return service.page(id);
  }

  @PostMapping("/{id}/answer")
  ChangeRequestView answer(@PathVariable long id, @Valid @RequestBody Answer body) {
    return service.answer(id, body.answer());
  }

  @PostMapping("/{id}/withdraw")
  ChangeRequestView withdraw(@PathVariable long id, @RequestBody(required = false) @Valid Withdrawal body) {
    return service.withdraw(id, body == null ? null : body.reason());
  }
}

package io.pmoflow.specchange;

import io.pmoflow.specchange.ChangeRequestViews.Answer;
import io.pmoflow.specchange.ChangeRequestViews.ChangeRequestView;
import io.pmoflow.specchange.ChangeRequestViews.Created;
import io.pmoflow.specchange.ChangeRequestViews.NewChangeRequest;
import io.pmoflow.specchange.ChangeRequestViews.Withdrawal;
import jakarta.validation.Valid;
import java.net.URI;
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

  ChangeRequestController(ChangeRequestService service) {
    this.service = service;
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

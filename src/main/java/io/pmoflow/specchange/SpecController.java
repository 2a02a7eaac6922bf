package io.pmoflow.specchange;

import io.pmoflow.specchange.SpecRequests.InitialSpec;
import io.pmoflow.specchange.SpecRequests.ManualSectionInput;
import io.pmoflow.specchange.SpecViews.DiffView;
import io.pmoflow.specchange.SpecViews.ManualSectionView;
import io.pmoflow.specchange.SpecViews.SpecView;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A project's specification: its baselines, the diff between two, and the manual's sections. */
@RestController
@RequestMapping("/api/projects/{projectId}")
class SpecController {

  private final SpecService service;

  SpecController(SpecService service) {
    this.service = service;
  }

  @PutMapping("/spec")
  ResponseEntity<SpecView> createInitial(@PathVariable long projectId, @Valid @RequestBody InitialSpec body) {
    return ResponseEntity.created(URI.create("/api/projects/" + projectId + "/spec"))
        .body(service.createInitial(projectId, body));
  }

  @GetMapping("/spec")
  SpecView current(@PathVariable long projectId) {
    return service.current(projectId);
  }

  @GetMapping("/spec/diff")
  DiffView diff(@PathVariable long projectId, @RequestParam int from, @RequestParam int to) {
    return service.diff(projectId, from, to);
  }

  @PutMapping("/manual-sections/{key}")
  ManualSectionView putManualSection(
      @PathVariable long projectId, @PathVariable String key, @Valid @RequestBody ManualSectionInput body) {
    return service.putManualSection(projectId, key, body);
  }
}

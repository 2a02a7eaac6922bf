package io.pmoflow.project;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Projects and their dictionaries. */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

  private final ProjectService service;

  ProjectController(ProjectService service) {
    this.service = service;
  }

  @PostMapping
  ResponseEntity<ProjectView> register(@Valid @RequestBody NewProject request) {
    Project project = service.register(request);
    return ResponseEntity.created(URI.create("/api/projects/" + project.getId()))
        .body(ProjectView.of(project));
  }

  @GetMapping
  List<ProjectView> all() {
    return service.all().stream().map(ProjectView::of).toList();
  }

  @GetMapping("/{id}")
  ProjectView get(@PathVariable long id) {
    return ProjectView.of(service.get(id));
  }

  @PutMapping("/{id}/language")
  ProjectView changeLanguage(@PathVariable long id, @Valid @RequestBody ProjectLanguage body) {
    return ProjectView.of(service.changeLanguage(id, body.language()));
  }

  @GetMapping("/{id}/dictionary")
  List<TermView> dictionary(@PathVariable long id) {
    return service.dictionary(id).stream().map(TermView::of).toList();
  }

  @PutMapping("/{id}/dictionary/{term}")
  ResponseEntity<Void> define(
      @PathVariable long id, @PathVariable String term, @Valid @RequestBody TermDefinition body) {
    boolean created = service.define(id, term, body.definition());
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.NO_CONTENT).build();
  }

  @DeleteMapping("/{id}/dictionary/{term}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable long id, @PathVariable String term) {
    service.removeTerm(id, term);
  }
}

package io.pmoflow.project;

import io.pmoflow.listing.KnownParameters;
import io.pmoflow.listing.ListPage;
import io.pmoflow.listing.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
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
  private final ProjectList list;

  ProjectController(ProjectService service, ProjectList list) {
    this.service = service;
    this.list = list;
  }

  @PostMapping
  ResponseEntity<ProjectView> register(@Valid @RequestBody NewProject request) {
    Project project = service.register(request);
    return ResponseEntity.created(URI.create("/api/projects/" + project.getId()))
        .body(ProjectView.of(project));
  }

  @GetMapping
  @Operation(
      summary = "The projects you may see, a page at a time",
      description = "PMO, security, change board and sponsor see every project; a project manager the projects "
          + "they manage; an evaluator the projects of the RFPs they evaluate. Sort fields: code, name, "
          + "projectManager, pmoOwner, plannedStart, plannedEnd, createdAt (default code,asc). "
          + "An unknown parameter or a bad value is a 400 problem naming the parameter.")
  ListPage<ProjectView> list(
      @ParameterObject ProjectListParameters filters, @ParameterObject PageParameters page, HttpServletRequest request) {
    KnownParameters.check(request, ProjectListParameters.class, PageParameters.class);
    return list.page(ProjectList.Query.read(filters, page));
  }

  @GetMapping("/{id}")
  ProjectView get(@PathVariable long id) {
    return ProjectView.of(service.get(id));
  }

  @PutMapping("/{id}")
  @Operation(
      summary = "Change a project's details",
      description = "PMO only. The same fields and checks as a registration; the language stays unless given. "
          + "A code that another project has is a 409.")
  ProjectView change(@PathVariable long id, @Valid @RequestBody NewProject request) {
    return ProjectView.of(service.change(id, request));
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

  @GetMapping("/{id}/dictionary/{term}/history")
  @Operation(summary = "Every definition the term has had, newest first; a removal has no definition")
  List<TermRevisionView> history(@PathVariable long id, @PathVariable String term) {
    return service.history(id, term).stream().map(TermRevisionView::of).toList();
  }

  @DeleteMapping("/{id}/dictionary/{term}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable long id, @PathVariable String term) {
    service.removeTerm(id, term);
  }
}

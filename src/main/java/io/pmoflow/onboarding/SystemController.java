package io.pmoflow.onboarding;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The system catalogue: internal systems, their sensitivity, their roles' directory groups. */
@RestController
@RequestMapping("/api/systems")
class SystemController {

  record RoleView(String code, String name, AccessLevel accessLevel, String directoryGroup) {}

  record SystemView(String code, String name, Sensitivity sensitivity, String description, List<RoleView> roles) {
    static SystemView of(AccessSystem system) {
      return new SystemView(
          system.getCode(), system.getName(), system.getSensitivity(), system.getDescription(),
          system.getRoles().stream()
              .map(r -> new RoleView(r.getCode(), r.getName(), r.getAccessLevel(), r.getDirectoryGroup()))
              .toList());
    }
  }

  private final AccessCatalogue catalogue;

  SystemController(AccessCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  List<SystemView> all() {
    return catalogue.all().stream().map(SystemView::of).toList();
  }

  @GetMapping("/{code}")
  SystemView get(@PathVariable String code) {
    return SystemView.of(catalogue.get(code));
  }

  @org.springframework.web.bind.annotation.PutMapping("/{code}")
  SystemView change(@PathVariable String code, @Valid @RequestBody NewSystem request) {
    return SystemView.of(catalogue.change(code, request));
  }

  @PostMapping
  ResponseEntity<SystemView> add(@Valid @RequestBody NewSystem request) {
    AccessSystem system = catalogue.add(request);
    return ResponseEntity.created(URI.create("/api/systems/" + system.getCode())).body(SystemView.of(system));
  }
}

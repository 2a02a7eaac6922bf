package io.pmoflow.onboarding;

import io.pmoflow.i18n.Text;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FieldProblems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of internal systems: their sensitivity and their roles' directory groups. */
@Service
public class AccessCatalogue {

  private final AccessSystemRepository systems;
  private final CurrentUser currentUser;

  AccessCatalogue(AccessSystemRepository systems, CurrentUser currentUser) {
    this.systems = systems;
    this.currentUser = currentUser;
  }

  @Transactional(readOnly = true)
  public List<AccessSystem> all() {
    currentUser.requireAnyOf(PmoGroups.STAFF_ROLES.toArray(String[]::new));
    return systems.findAllByOrderByCode();
  }

  @Transactional(readOnly = true)
  public AccessSystem get(String code) {
    currentUser.requireAnyOf(PmoGroups.STAFF_ROLES.toArray(String[]::new));
    return systems.findByCode(code).orElseThrow(() -> ApiException.notFound(Text.of("thing.system"), code));
  }

  /** Security owns the catalogue: sensitivity decides who approves access. */
  @Transactional
  public AccessSystem add(NewSystem request) {
    currentUser.requireAnyOf(PmoGroups.SECURITY);
    return define(request);
  }

  /** Adds a system, or (the demo seed) leaves an existing one as it is. Without a role check. */
  @Transactional
  public AccessSystem define(NewSystem request) {
    Set<String> codes = new HashSet<>();
    FieldProblems problems = new FieldProblems();
    for (int i = 0; i < request.roles().size(); i++) {
      problems.addIf(!codes.add(request.roles().get(i).code()), "roles[" + i + "].code", Text.of("rule.appears-twice"));
    }
    problems.throwIfAny();
    if (systems.findByCode(request.code()).isPresent()) {
      throw ApiException.conflict(Text.of("onboarding.conflict.system-exists", request.code()).inRequestLanguage());
    }
    AccessSystem system =
        new AccessSystem(request.code(), request.name(), request.sensitivity(), request.description());
    for (NewSystem.Role role : request.roles()) {
      system.addRole(new SystemRole(role.code(), role.name(), role.accessLevel(), role.directoryGroup()));
    }
    return systems.save(system);
  }

  /**
   * Changes a system's name, sensitivity and description, changes its roles and adds new ones.
   * Roles are never removed here: grants refer to them.
   */
  @Transactional
  public AccessSystem change(String code, NewSystem request) {
    currentUser.requireAnyOf(PmoGroups.SECURITY);
    AccessSystem system = systems.findByCode(code).orElseThrow(() -> ApiException.notFound(Text.of("thing.system"), code));
    FieldProblems problems = new FieldProblems()
        .addIf(!code.equals(request.code()), "code", Text.of("rule.path-code", code));
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < request.roles().size(); i++) {
      problems.addIf(!codes.add(request.roles().get(i).code()), "roles[" + i + "].code", Text.of("rule.appears-twice"));
    }
    problems.throwIfAny();
    system.describe(request.name(), request.sensitivity(), request.description());
    for (NewSystem.Role role : request.roles()) {
      system
          .role(role.code())
          .ifPresentOrElse(
              existing -> existing.redefine(role.name(), role.accessLevel(), role.directoryGroup()),
              () -> system.addRole(new SystemRole(role.code(), role.name(), role.accessLevel(), role.directoryGroup())));
    }
    return system;
  }

  boolean exists(String code) {
    return systems.findByCode(code).isPresent();
  }
}

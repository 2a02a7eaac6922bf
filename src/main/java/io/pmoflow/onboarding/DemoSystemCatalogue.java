package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.AccessLevel.ADMIN;
import static io.pmoflow.onboarding.AccessLevel.READ;
import static io.pmoflow.onboarding.AccessLevel.WRITE;

import io.pmoflow.security.AccessBootstrap;
import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo's system catalogue: six typical internal systems, idempotently. */
@Component
@Profile("demo")
class DemoSystemCatalogue {

  static final List<NewSystem> SYSTEMS =
      List.of(
          system("git", "Source repository", Sensitivity.MEDIUM,
              role("reader", "Reader", READ, "git-readers"),
              role("developer", "Developer", WRITE, "git-developers"),
              role("maintainer", "Maintainer", ADMIN, "git-maintainers")),
          system("jira", "Issue tracker", Sensitivity.LOW,
              role("user", "User", WRITE, "jira-users"),
              role("admin", "Project administrator", ADMIN, "jira-admins")),
          system("wiki", "Wiki", Sensitivity.LOW,
              role("reader", "Reader", READ, "wiki-readers"),
              role("editor", "Editor", WRITE, "wiki-editors")),
          system("vpn", "VPN", Sensitivity.HIGH, role("user", "VPN user", READ, "vpn-users")),
          system("staging-db", "Staging database", Sensitivity.HIGH,
              role("reader", "Read-only", READ, "staging-db-readers"),
              role("dba", "Database administrator", ADMIN, "staging-db-admins")),
          system("prod-logs", "Production logs", Sensitivity.CRITICAL,
              role("reader", "Log reader", READ, "prod-log-readers")));

  private final AccessCatalogue catalogue;

  DemoSystemCatalogue(AccessCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(AccessBootstrap.ORDER + 2)
  void seed() {
    for (NewSystem system : SYSTEMS) {
      if (!catalogue.exists(system.code())) {
        catalogue.define(system);
      }
    }
  }

  private static NewSystem system(String code, String name, Sensitivity sensitivity, NewSystem.Role... roles) {
    return new NewSystem(code, name, sensitivity, null, List.of(roles));
  }

  private static NewSystem.Role role(String code, String name, AccessLevel level, String group) {
    return new NewSystem.Role(code, name, level, group);
  }
}

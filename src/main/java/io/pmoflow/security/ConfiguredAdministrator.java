package io.pmoflow.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the first administrator comes from configuration
 * ({@code PMOFLOW_ADMIN_USER}, {@code PMOFLOW_ADMIN_PASSWORD}). A server without any
 * administrator and none configured refuses to start, rather than run with nobody able to operate it.
 */
@Component
@Profile("!demo")
class ConfiguredAdministrator {

  private final IdentityAccounts accounts;
  private final String userId;
  private final String password;

  ConfiguredAdministrator(
      IdentityAccounts accounts,
      @Value("${pmoflow.admin.user:}") String userId,
      @Value("${pmoflow.admin.password:}") String password) {
    this.accounts = accounts;
    this.userId = userId;
    this.password = password;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(AccessBootstrap.ORDER + 1)
  void ensureAdministrator() {
    if (userId.isBlank() || password.isBlank()) {
      if (!accounts.groupHasMembers(PmoGroups.PMO_ADMIN)) {
        throw new IllegalStateException(
            "No administrator: set PMOFLOW_ADMIN_USER and PMOFLOW_ADMIN_PASSWORD for the first start");
      }
      return;
    }
    accounts.ensureUser(userId, "PMO", "Administrator", null, password);
    accounts.ensureAdministrator(userId);
  }
}

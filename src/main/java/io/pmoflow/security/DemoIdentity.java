package io.pmoflow.security;

import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users of the embedded run: one per role, the password equal to the user id
 * (README, "Demo users"). Only in the demo profile.
 */
@Component
@Profile("demo")
class DemoIdentity {

  record DemoUser(String id, String firstName, String lastName, String group) {}

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("demo", "Demo", "Administrator", PmoGroups.PMO_ADMIN),
          new DemoUser("paula", "Paula", "Office", PmoGroups.PMO),
          // four eyes: whoever re-verified a manual section does not approve the re-verification
          new DemoUser("pia", "Pia", "Office", PmoGroups.PMO),
          new DemoUser("peter", "Peter", "Manager", PmoGroups.PM),
          new DemoUser("sam", "Sam", "Secure", PmoGroups.SECURITY),
          new DemoUser("carla", "Carla", "Board", PmoGroups.CHANGE_BOARD),
          new DemoUser("colin", "Colin", "Board", PmoGroups.CHANGE_BOARD),
          new DemoUser("cleo", "Cleo", "Board", PmoGroups.CHANGE_BOARD),
          new DemoUser("sophia", "Sophia", "Sponsor", PmoGroups.SPONSOR),
          new DemoUser("evan", "Evan", "Evaluator", PmoGroups.EVALUATOR),
          new DemoUser("ella", "Ella", "Evaluator", PmoGroups.EVALUATOR),
          new DemoUser("ines", "Ines", "Infrastructure", PmoGroups.INFRASTRUCTURE),
          new DemoUser("victor", "Victor", "Vendor", PmoGroups.vendorGroup("acme")),
          new DemoUser("wendy", "Wendy", "Vendor", PmoGroups.vendorGroup("globex")));

  private final IdentityAccounts accounts;
  private final AccessBootstrap access;

  DemoIdentity(IdentityAccounts accounts, AccessBootstrap access) {
    this.accounts = accounts;
    this.access = access;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(AccessBootstrap.ORDER + 1)
  void createDemoUsers() {
    accounts.ensureGroup(PmoGroups.vendorGroup("acme"), "Vendor Acme Ltd", PmoGroups.VENDOR_GROUP_TYPE);
    accounts.ensureGroup(PmoGroups.vendorGroup("globex"), "Vendor Globex Inc", PmoGroups.VENDOR_GROUP_TYPE);
    access.grantTasklist(PmoGroups.vendorGroup("acme"));
    access.grantTasklist(PmoGroups.vendorGroup("globex"));
    for (DemoUser user : USERS) {
      accounts.ensureUser(
          user.id(), user.firstName(), user.lastName(), user.id() + "@pmoflow.example", user.id());
      if (PmoGroups.PMO_ADMIN.equals(user.group())) {
        accounts.ensureAdministrator(user.id());
      } else {
        accounts.ensureMembership(user.id(), user.group());
      }
    }
  }
}

package io.pmoflow.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** People a test needs beyond one per role; the password of each is the user id. */
public final class TestUsers {

  /**
   * A second PMO member ({@code pia}, a demo user too): four eyes need one, because the member who
   * re-verified a manual section does not approve the re-verification.
   */
  public static final String SECOND_PMO = "pia";

  private TestUsers() {}

  /** Makes {@code pia} a member of {@code pmo}, once. */
  public static String secondPmoMember(IdentityService identity) {
    return ensure(identity, SECOND_PMO, "Pia", "Office", "pmo");
  }

  /** Creates the user in the group unless they exist; returns the id. */
  public static String ensure(IdentityService identity, String id, String firstName, String lastName, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@pmoflow.example");
      user.setPassword(id);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
    return id;
  }
}

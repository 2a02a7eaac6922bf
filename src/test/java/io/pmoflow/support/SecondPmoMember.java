package io.pmoflow.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * A second PMO member ({@code pia}, password {@code pia}): four eyes need one, because the member
 * who re-verified a manual section does not approve the re-verification.
 */
public final class SecondPmoMember {

  public static final String ID = "pia";

  private SecondPmoMember() {}

  /** Makes {@code pia} a member of {@code pmo}, once. */
  public static String ensure(IdentityService identity) {
    if (identity.createUserQuery().userId(ID).count() == 0) {
      User pia = identity.newUser(ID);
      pia.setFirstName("Pia");
      pia.setLastName("Office");
      pia.setEmail(ID + "@pmoflow.example");
      pia.setPassword(ID);
      identity.saveUser(pia);
      identity.createMembership(ID, "pmo");
    }
    return ID;
  }
}

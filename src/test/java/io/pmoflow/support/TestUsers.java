package io.pmoflow.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.LDAPException;
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

  /**
   * Creates the user in the group and gives them a staff entry in the directory (as the seed's
   * evan and ella have): someone who may be named a tester of an evaluation.
   */
  public static String staffInDirectory(IdentityService identity, InMemoryDirectoryServer directory, String id, String group) {
    ensure(identity, id, id, "Tester", group);
    try {
      if (directory.getEntry(staffDn(id)) == null) {
        directory.add("dn: " + staffDn(id), "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
            "objectClass: inetOrgPerson", "uid: " + id, "cn: " + id + " Tester", "sn: Tester", "mail: " + id + "@pmoflow.example",
            "employeeType: staff");
      }
    } catch (LDAPException | com.unboundid.ldif.LDIFException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  /** The directory entry of a staff member (see {@link #staffInDirectory}). */
  public static String staffDn(String id) {
    return "uid=" + id + ",ou=people,dc=pmoflow,dc=example";
  }
}

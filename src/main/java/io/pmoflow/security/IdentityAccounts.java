package io.pmoflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates Camunda users, groups and memberships if they are absent; never changes existing ones. */
@Component
public class IdentityAccounts {

  private final IdentityService identityService;

  public IdentityAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  /** Creates the user with this password if absent; returns false if the user already existed. */
  public boolean ensureUser(String id, String firstName, String lastName, String email, String password) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return false;
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    user.setPassword(password);
    identityService.saveUser(user);
    return true;
  }

  public void ensureMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  /**
   * Makes the user an administrator: a member of {@code pmo-admin}, and of Camunda's own {@code
   * camunda-admin}, without a member of which the webapps offer anyone a "create the first admin"
   * page instead of the login.
   */
  public void ensureAdministrator(String userId) {
    ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators (engine)", Groups.GROUP_TYPE_SYSTEM);
    ensureMembership(userId, PmoGroups.PMO_ADMIN);
    ensureMembership(userId, Groups.CAMUNDA_ADMIN);
  }

  public boolean groupHasMembers(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).count() > 0;
  }
}

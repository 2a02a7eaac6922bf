package io.pmoflow.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Looks up people as the system: the user calling the API, or the process running a step, need
 * not be allowed to browse users for the application to check a name or find whom to mail.
 */
@Component
public class People {

  private final IdentityService identityService;

  public People(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Whether the user exists and is in the group. */
  public boolean isMember(String userId, String groupId) {
    return asSystem(
        () ->
            identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
  }

  public Optional<User> user(String userId) {
    return asSystem(
        () -> Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult()));
  }

  public List<User> membersOf(String groupId) {
    return asSystem(
        () -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
  }

  /**
   * Runs an engine lookup without the caller's authorization checks, e.g. to show a requester the
   * steps their request waits in, which sit in other people's tasks.
   */
  public <T> T asSystem(Supplier<T> lookup) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}

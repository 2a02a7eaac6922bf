package io.pmoflow.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Looks up people as the system: the user calling the API, or the process running a step, need
 * not be allowed to browse users for the application to check a name or find whom to mail.
 */
@Component
public class People {

  private final IdentityService identityService;
  private final AsSystem asSystem;

  public People(IdentityService identityService, AsSystem asSystem) {
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  /** Whether the user exists and is in the group. */
  public boolean isMember(String userId, String groupId) {
    return asSystem.call(
        () ->
            identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
  }

  /** Which of {@code userIds} exist and are in the group, read in one query (blank ids are none). */
  public Set<String> membersAmong(Collection<String> userIds, String groupId) {
    String[] ids = userIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Set.of();
    }
    return asSystem.call(() -> identityService.createUserQuery().userIdIn(ids).memberOfGroup(groupId).list().stream()
        .map(User::getId).collect(Collectors.toSet()));
  }

  public Optional<User> user(String userId) {
    return asSystem.call(
        () -> Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult()));
  }

  /** The person's name as the identity service has it, else their user id. */
  public static String nameOf(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  public List<User> membersOf(String groupId) {
    return asSystem.call(
        () -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
  }
}

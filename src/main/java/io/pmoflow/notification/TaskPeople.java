package io.pmoflow.notification;

import io.pmoflow.security.People;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who may work on a task, as people with an e-mail address: its assignee when it has one, else its
 * candidate users and every member of its candidate groups, each person once.
 */
final class TaskPeople {

  /** A person to mail and why they get the mail (their group, or null when the task is theirs). */
  record Recipient(User user, String viaGroup) {}

  private TaskPeople() {}

  static Map<String, Recipient> of(
      People people, String assignee, Collection<? extends IdentityLink> links, Set<String> skipGroups) {
    Map<String, Recipient> byId = new LinkedHashMap<>();
    if (assignee != null) {
      people.user(assignee).ifPresent(user -> byId.put(user.getId(), new Recipient(user, null)));
      return withEmail(byId);
    }
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
        people.user(link.getUserId()).ifPresent(user -> byId.put(user.getId(), new Recipient(user, null)));
      }
    }
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && link.getGroupId() != null
          && !skipGroups.contains(link.getGroupId())) {
        people.membersOf(link.getGroupId())
            .forEach(user -> byId.putIfAbsent(user.getId(), new Recipient(user, link.getGroupId())));
      }
    }
    return withEmail(byId);
  }

  private static Map<String, Recipient> withEmail(Map<String, Recipient> recipients) {
    recipients.values().removeIf(r -> r.user().getEmail() == null || r.user().getEmail().isBlank());
    return recipients;
  }
}

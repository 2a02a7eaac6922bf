package io.pmoflow.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates at start-up, idempotently, the role groups and what each may reach: Tasklist and its
 * filters for every role, process starts as the process features declare them. Cockpit and Admin
 * stay with {@code pmo-admin}, which the engine treats as an administrator group.
 */
@Component
public class AccessBootstrap {

  /** Runs before anything that creates users into these groups. */
  public static final int ORDER = 0;

  private final IdentityAccounts accounts;
  private final Grants grants;
  private final TasklistFilters filters;
  private final List<ProcessStartAccess> processStarts;

  public AccessBootstrap(
      IdentityAccounts accounts,
      Grants grants,
      TasklistFilters filters,
      List<ProcessStartAccess> processStarts) {
    this.accounts = accounts;
    this.grants = grants;
    this.filters = filters;
    this.processStarts = processStarts;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(ORDER)
  public void createGroupsAndGrants() {
    accounts.ensureGroup(PmoGroups.PMO_ADMIN, "PMO administrators", Groups.GROUP_TYPE_SYSTEM);
    // admin groups skip only admin-only checks; queries still filter by grants, so grant all
    for (Resources resource : Resources.values()) {
      grants.ensureForGroup(PmoGroups.PMO_ADMIN, resource, "*", Permissions.ALL);
    }
    for (String role : PmoGroups.STAFF_ROLES) {
      accounts.ensureGroup(role, displayName(role), Groups.GROUP_TYPE_WORKFLOW);
      grantTasklist(role);
    }
    for (ProcessStartAccess access : processStarts) {
      for (String group : access.groups()) {
        grantProcessStart(group, access.processKey());
      }
    }
  }

  /** Lets a group (a role or one vendor's staff) log in to Tasklist and see its filters. */
  public void grantTasklist(String groupId) {
    grants.ensureForGroup(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    filters.grantTo(groupId);
  }

  /** Lets a group see a process and start it, from Tasklist or through the API. */
  public void grantProcessStart(String groupId, String processKey) {
    grants.ensureForGroup(
        groupId,
        Resources.PROCESS_DEFINITION,
        processKey,
        Permissions.READ,
        Permissions.CREATE_INSTANCE);
    grants.ensureForGroup(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
  }

  private static String displayName(String role) {
    return switch (role) {
      case PmoGroups.PMO -> "Project management office";
      case PmoGroups.PM -> "Project managers";
      case PmoGroups.SECURITY -> "Security team";
      case PmoGroups.CHANGE_BOARD -> "Change board";
      case PmoGroups.SPONSOR -> "Sponsors";
      case PmoGroups.EVALUATOR -> "Proposal evaluators";
      case PmoGroups.INFRASTRUCTURE -> "Infrastructure owners";
      default -> role;
    };
  }
}

package io.pmoflow.security;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every person gets: their own tasks, and the unclaimed tasks of their groups.
 * Which tasks appear is decided by the engine's task authorizations, so a group never sees
 * another group's (or another vendor's) work.
 *
 * <p>A filter is stored once for everybody, named in English: that name is its key (an existing
 * filter is found by it). A reader of another language sees it in theirs ({@link TasklistFilterNames}).
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "My tasks";
  static final String MY_GROUPS_TASKS = "My groups' tasks";
  static final String MY_TASKS_DESCRIPTION = "Tasks you have claimed";
  static final String MY_GROUPS_TASKS_DESCRIPTION = "Open tasks for your groups: claim one to work on it";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  public TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  /** Creates the filters if absent and lets the group read them. */
  public void grantTo(String groupId) {
    grants.ensureForGroup(groupId, Resources.FILTER, myTasks().getId(), Permissions.READ);
    grants.ensureForGroup(groupId, Resources.FILTER, myGroupsTasks().getId(), Permissions.READ);
  }

  private Filter myTasks() {
    return ensure(
        MY_TASKS,
        -10,
        MY_TASKS_DESCRIPTION,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
  }

  private Filter myGroupsTasks() {
    return ensure(
        MY_GROUPS_TASKS,
        -5,
        MY_GROUPS_TASKS_DESCRIPTION,
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned());
  }

  private Filter ensure(String name, int priority, String description, TaskQuery query) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    // saved from a Japanese Tasklist's filter dialog, which shows (and so saves) the Japanese name
    Filter renamed = filterService.createFilterQuery().filterName(TasklistFilterNames.japanese(name)).singleResult();
    if (renamed != null) {
      return filterService.saveFilter(renamed.setName(name));
    }
    Filter filter =
        filterService
            .newTaskFilter(name)
            .setQuery(query)
            .setProperties(
                Map.<String, Object>of("priority", priority, "description", description, "refresh", true));
    return filterService.saveFilter(filter);
  }
}

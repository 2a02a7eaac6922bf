package io.pmoflow.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import io.pmoflow.security.People;
import io.pmoflow.web.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * Reminds whoever may work on a waiting user task, for any process: a "Send reminder" service
 * task after a non-interrupting timer names the waiting task's id in its input parameter {@code
 * reminderFor}. The assignee is mailed; an unclaimed task mails every candidate user and every
 * member of its candidate groups.
 */
@Component
public class TaskReminderDelegate implements JavaDelegate {

  public static final String REMINDER_FOR = "reminderFor";

  private final TaskService taskService;
  private final People people;
  private final MailOutbox outbox;
  private final PublicAddress address;

  TaskReminderDelegate(TaskService taskService, People people, MailOutbox outbox, PublicAddress address) {
    this.taskService = taskService;
    this.people = people;
    this.outbox = outbox;
    this.address = address;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = (String) execution.getVariableLocal(REMINDER_FOR);
    if (taskKey == null) {
      throw new IllegalStateException(
          execution.getCurrentActivityId() + " needs the input parameter " + REMINDER_FOR);
    }
    for (Task task :
        taskService
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(taskKey)
            .list()) {
      for (User person : recipients(task).values()) {
        outbox.enqueue(
            new OutgoingMail(
                "reminder/" + execution.getId() + "/" + task.getId() + "/" + person.getId(),
                person.getEmail(),
                "Reminder: " + task.getName() + " is waiting for you",
                body(person, task)));
      }
    }
  }

  private Map<String, User> recipients(Task task) {
    Map<String, User> byId = new LinkedHashMap<>();
    TaskPeople.of(people, task.getAssignee(), taskService.getIdentityLinksForTask(task.getId()), Set.of())
        .forEach((id, recipient) -> byId.put(id, recipient.user()));
    return byId;
  }

  private String body(User person, Task task) {
    return "Hello "
        + person.getFirstName()
        + ",\n\nthe task \""
        + task.getName()
        + "\" has been waiting since "
        + task.getCreateTime().toInstant()
        + ".\nOpen it in Tasklist: "
        + address.tasklistTask(task.getId())
        + "\n\nPMO Flow";
  }
}

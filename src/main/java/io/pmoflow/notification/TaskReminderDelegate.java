package io.pmoflow.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Texts;
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
  private final Texts texts;

  TaskReminderDelegate(
      TaskService taskService, People people, MailOutbox outbox, PublicAddress address, Texts texts) {
    this.taskService = taskService;
    this.people = people;
    this.outbox = outbox;
    this.address = address;
    this.texts = texts;
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
        LanguageTexts text = texts.forPerson(person.getId());
        outbox.enqueue(
            MailText.of(text, "task.mail.reminder", new Object[] {task.getName()},
                    MailText.greeting(person), task.getName(), text.dateTime(task.getCreateTime().toInstant()),
                    address.tasklistTask(task.getId()))
                .to("reminder/" + execution.getId() + "/" + task.getId() + "/" + person.getId(), person.getEmail()));
      }
    }
  }

  private Map<String, User> recipients(Task task) {
    Map<String, User> byId = new LinkedHashMap<>();
    TaskPeople.of(people, task.getAssignee(), taskService.getIdentityLinksForTask(task.getId()), Set.of())
        .forEach((id, recipient) -> byId.put(id, recipient.user()));
    return byId;
  }
}

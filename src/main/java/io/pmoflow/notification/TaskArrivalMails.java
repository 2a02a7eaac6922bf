package io.pmoflow.notification;

import io.pmoflow.security.People;
import io.pmoflow.web.PublicAddress;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Tells people that work has arrived: when a user task is created, its assignee, or else every
 * candidate user and every member of its candidate groups, gets one mail naming the task and the
 * case with a link that opens the task in Tasklist; when a task is later given to someone, that
 * person gets one. The person whose own action made the task is not mailed (it is on their
 * screen). Each person is mailed once per task (dedupe key {@code task/<taskId>/<userId>}), so a
 * retried step, or a task created and assigned in one go, never mails twice.
 *
 * <p>{@link TaskMailPlugin} attaches it to every user task of every model.
 */
class TaskArrivalMails implements TaskListener {

  private final ObjectProvider<People> people;
  private final ObjectProvider<MailOutbox> outbox;
  private final ObjectProvider<PublicAddress> address;
  private final Set<String> skipGroups;

  TaskArrivalMails(
      ObjectProvider<People> people,
      ObjectProvider<MailOutbox> outbox,
      ObjectProvider<PublicAddress> address,
      Set<String> skipGroups) {
    this.people = people;
    this.outbox = outbox;
    this.address = address;
    this.skipGroups = Set.copyOf(skipGroups);
  }

  @Override
  public void notify(DelegateTask task) {
    boolean created = EVENTNAME_CREATE.equals(task.getEventName());
    if (!created && task.getAssignee() == null) {
      return; // given back to the group: the group heard of it when it was created
    }
    Map<String, TaskPeople.Recipient> recipients =
        TaskPeople.of(people.getObject(), task.getAssignee(), task.getCandidates(), skipGroups);
    Authentication actor = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (actor != null) {
      recipients.remove(actor.getUserId());
    }
    String caseName = caseName(task.getExecution());
    String link = address.getObject().tasklistTask(task.getId());
    for (TaskPeople.Recipient recipient : recipients.values()) {
      outbox.getObject()
          .enqueue(
              new OutgoingMail(
                  "task/" + task.getId() + "/" + recipient.user().getId(),
                  recipient.user().getEmail(),
                  subject(task, caseName),
                  body(recipient, task, caseName, link)));
    }
  }

  static String subject(DelegateTask task, String caseName) {
    return "Task for you: " + task.getName() + " (" + caseName + ")";
  }

  private static String body(TaskPeople.Recipient recipient, DelegateTask task, String caseName, String link) {
    StringBuilder text = new StringBuilder();
    text.append("Hello ").append(greeting(recipient)).append(",\n\n");
    text.append(
        recipient.viaGroup() == null
            ? "there is a task for you in PMO Flow.\n\n"
            : "there is a task for your group " + recipient.viaGroup()
                + " in PMO Flow: one of you claims it in Tasklist and does it.\n\n");
    text.append("Task: ").append(task.getName()).append('\n');
    text.append("Case: ").append(caseName).append('\n');
    if (task.getDescription() != null && !task.getDescription().isBlank()) {
      text.append('\n').append(task.getDescription().strip()).append('\n');
    }
    if (task.getDueDate() != null) {
      text.append("Due: ").append(task.getDueDate().toInstant()).append('\n');
    }
    text.append("\nOpen it in Tasklist: ").append(link).append("\n\nPMO Flow\n");
    return text.toString();
  }

  private static String greeting(TaskPeople.Recipient recipient) {
    String first = recipient.user().getFirstName();
    return first == null || first.isBlank() ? recipient.user().getId() : first;
  }

  /** The process's name and the case's business key, e.g. "Spec-change approval CR-12". */
  static String caseName(DelegateExecution execution) {
    if (execution == null) {
      return "no process";
    }
    String process = null;
    if (execution instanceof ExecutionEntity entity) {
      ProcessDefinitionEntity definition = entity.getProcessDefinition();
      if (definition != null) {
        process = definition.getName() != null ? definition.getName() : definition.getKey();
      }
    }
    if (process == null) {
      process = execution.getProcessDefinitionId();
    }
    String key = execution.getProcessBusinessKey();
    return key == null || key.isBlank() ? process : process + " " + key;
  }
}

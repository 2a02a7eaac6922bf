package io.pmoflow.notification;

import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Texts;
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
  private final ObjectProvider<Texts> texts;
  private final Set<String> skipGroups;

  TaskArrivalMails(
      ObjectProvider<People> people,
      ObjectProvider<MailOutbox> outbox,
      ObjectProvider<PublicAddress> address,
      ObjectProvider<Texts> texts,
      Set<String> skipGroups) {
    this.people = people;
    this.outbox = outbox;
    this.address = address;
    this.texts = texts;
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
      LanguageTexts text = texts.getObject().forPerson(recipient.user().getId());
      outbox.getObject()
          .enqueue(mail(text, recipient, task, caseName, link)
              .to("task/" + task.getId() + "/" + recipient.user().getId(), recipient.user().getEmail()));
    }
  }

  /** In the recipient's language: to them, or to them as a member of the task's group. */
  private static MailText mail(
      LanguageTexts text, TaskPeople.Recipient recipient, DelegateTask task, String caseName, String link) {
    String intro = recipient.viaGroup() == null
        ? text.get("task.mail.arrived.forYou")
        : text.get("task.mail.arrived.forGroup", recipient.viaGroup());
    StringBuilder details = new StringBuilder();
    if (task.getDescription() != null && !task.getDescription().isBlank()) {
      details.append('\n').append(task.getDescription().strip()).append('\n');
    }
    if (task.getDueDate() != null) {
      details.append(text.get("task.mail.due", text.dateTime(task.getDueDate().toInstant()))).append('\n');
    }
    return MailText.of(text, "task.mail.arrived", new Object[] {task.getName(), caseName},
        MailText.greeting(recipient.user()), intro, task.getName(), caseName, details.toString(), link);
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

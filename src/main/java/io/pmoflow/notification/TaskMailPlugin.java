package io.pmoflow.notification;

import io.pmoflow.i18n.Texts;
import io.pmoflow.security.People;
import io.pmoflow.web.PublicAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails people when work arrives, for every user task of every model without touching the models:
 * a BPMN parse listener appends {@link TaskArrivalMails} to each user task's create and assignment
 * listeners (after the model's own listeners, so an assignee they set is seen). Settings:
 * {@code pmoflow.notification.task-mails.enabled} (default true; false attaches nothing) and
 * {@code pmoflow.notification.task-mails.skip-groups} (candidate groups whose members are not
 * mailed, e.g. a large group that watches its list anyway).
 */
@Component
public class TaskMailPlugin extends AbstractProcessEnginePlugin {

  private final boolean enabled;
  private final TaskArrivalMails listener;

  @Autowired
  TaskMailPlugin(
      @Value("${pmoflow.notification.task-mails.enabled:true}") boolean enabled,
      @Value("${pmoflow.notification.task-mails.skip-groups:}") List<String> skipGroups,
      ObjectProvider<People> people,
      ObjectProvider<MailOutbox> outbox,
      ObjectProvider<PublicAddress> address,
      ObjectProvider<Texts> texts) {
    this(enabled, new TaskArrivalMails(people, outbox, address, texts, cleaned(skipGroups)));
  }

  TaskMailPlugin(boolean enabled, TaskArrivalMails listener) {
    this.enabled = enabled;
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!enabled) {
      return;
    }
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
          }
        });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static Set<String> cleaned(List<String> groups) {
    Set<String> set = new HashSet<>();
    for (String group : groups) {
      if (group != null && !group.isBlank()) {
        set.add(group.trim());
      }
    }
    return set;
  }
}

package io.pmoflow.metrics;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Counts, for every model without touching the models, process instances started (a start listener
 * on each process definition, so instances started by a call activity or at another activity count
 * too) and user tasks completed (a complete listener on each user task). The process and task keys
 * are known when the model is parsed, so counting costs one counter increment after the commit.
 */
@Component
class ProcessMetricsPlugin extends AbstractProcessEnginePlugin {

  static final String INSTANCES_STARTED = "pmoflow.process.instances.started";
  static final String TASKS_COMPLETED = "pmoflow.user.tasks.completed";

  private final CommittedCounts counts;

  ProcessMetricsPlugin(CommittedCounts counts) {
    this.counts = counts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new CountingParseListener());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private class CountingParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
      String processKey = process.getKey();
      ExecutionListener started = execution -> counts.increment(INSTANCES_STARTED, "process", processKey);
      process.addListener(ExecutionListener.EVENTNAME_START, started);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
      String taskKey = activity.getId();
      TaskListener completed = task -> counts.increment(TASKS_COMPLETED, "process", processKey, "task", taskKey);
      ((UserTaskActivityBehavior) activity.getActivityBehavior())
          .getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
    }
  }
}

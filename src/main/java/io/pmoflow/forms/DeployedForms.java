package io.pmoflow.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * The Camunda Form that a task or a process start shows, read from the deployment the engine runs
 * it from. Deployed resources never change, so each form is looked up and parsed once, not on every
 * completion or read.
 */
final class DeployedForms {

  private final Map<String, FormSpec> parsed = new ConcurrentHashMap<>();

  /** The task's form, or {@code null} if the task has no Camunda Form. */
  FormSpec ofTask(CommandContext context, TaskEntity task) {
    task.initializeFormKey();
    CamundaFormRef ref = task.getCamundaFormRef();
    ProcessDefinitionEntity definition = task.getProcessDefinition();
    if (ref == null || definition == null) {
      return null;
    }
    return form(context, definition, ref.getKey(), ref.getBinding());
  }

  /** The form of the process's start event, or {@code null} if it has none. */
  FormSpec ofStart(CommandContext context, ProcessDefinitionEntity definition) {
    BpmnModelInstance model =
        context.getProcessEngineConfiguration().getDeploymentCache()
            .findBpmnModelInstanceForProcessDefinition(definition);
    if (definition.getInitial() == null) {
      return null;
    }
    StartEvent start = model.getModelElementById(definition.getInitial().getId());
    if (start == null || start.getCamundaFormRef() == null) {
      return null;
    }
    return form(context, definition, start.getCamundaFormRef(), start.getCamundaFormRefBinding());
  }

  private FormSpec form(
      CommandContext context, ProcessDefinitionEntity definition, String key, String binding) {
    if ("deployment".equals(binding)) {
      // a deployment never changes: its form for a key is looked up and parsed once
      return parsed.computeIfAbsent(
          definition.getDeploymentId() + "/" + key,
          cacheKey -> parse(context, definition, key,
              context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(definition.getDeploymentId(), key)));
    }
    CamundaFormDefinitionEntity latest = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key);
    return parsed.computeIfAbsent(latest == null ? key : latest.getId(), id -> parse(context, definition, key, latest));
  }

  private static FormSpec parse(
      CommandContext context, ProcessDefinitionEntity definition, String key, CamundaFormDefinitionEntity form) {
    if (form == null) {
      throw new IllegalStateException("Form " + key + " of " + definition.getKey() + " is not deployed");
    }
    ResourceEntity resource =
        context.getResourceManager()
            .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
    return FormSpec.parse(resource.getBytes());
  }
}

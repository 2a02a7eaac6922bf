package io.pmoflow.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link FormInputGuard} into the engine, inside each command's context, and gives the
 * people a task is for the right to work it (claim, complete) but not to update it: reassigning,
 * changing its variables or its details stays with administrators (Camunda's own lever for part of
 * what the guard holds).
 */
@Component
class FormInputGuardPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ShownTextSource> shownTexts;

  /** The sources are asked on first use: they read the features' tables, which need the engine's context. */
  FormInputGuardPlugin(ObjectProvider<ShownTextSource> shownTexts) {
    this.shownTexts = shownTexts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new FormInputGuard(task -> {
      Map<String, Object> texts = new HashMap<>();
      shownTexts.orderedStream().forEach(source -> texts.putAll(source.texts(task)));
      return texts;
    }));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    configuration.setDefaultUserPermissionForTask(Permissions.TASK_WORK);
  }
}

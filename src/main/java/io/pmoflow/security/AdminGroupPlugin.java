package io.pmoflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Makes {@code pmo-admin} the engine's administrator group: Cockpit, Admin and all operations. */
@Component
class AdminGroupPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> adminGroups = new ArrayList<>();
    adminGroups.add(PmoGroups.PMO_ADMIN);
    configuration.setAdminGroups(adminGroups);
  }
}

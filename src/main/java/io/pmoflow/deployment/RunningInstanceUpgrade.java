package io.pmoflow.deployment;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Moves the running instances of earlier versions of the named processes to the newest version, with
 * Camunda's migration, where it maps every activity an instance is at (same ids). It is for processes
 * whose earlier versions call steps the application no longer has: left there, such an instance fails
 * when it reaches one (a member added to a running onboarding, a contract extended). An instance the
 * migration cannot move stays on its version, named in the log, for an operator to move or end.
 */
@Component
public class RunningInstanceUpgrade {

  private static final Logger LOG = LoggerFactory.getLogger(RunningInstanceUpgrade.class);

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final List<String> processKeys;

  public RunningInstanceUpgrade(
      RepositoryService repository,
      RuntimeService runtime,
      @Value("${pmoflow.deployment.upgrade-running-instances:}") List<String> processKeys) {
    this.repository = repository;
    this.runtime = runtime;
    this.processKeys = processKeys;
  }

  /** Moves what can be moved; returns how many instances moved. */
  public int run() {
    int moved = 0;
    for (String key : processKeys) {
      ProcessDefinition newest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
      if (newest == null) {
        LOG.warn("Upgrade of running instances: no process '{}' is deployed (setting pmoflow.deployment.upgrade-running-instances)", key);
        continue;
      }
      for (ProcessDefinition earlier : repository.createProcessDefinitionQuery().processDefinitionKey(key).orderByProcessDefinitionVersion().asc().list()) {
        if (earlier.getVersion() < newest.getVersion()) {
          moved += move(earlier, newest);
        }
      }
    }
    return moved;
  }

  private int move(ProcessDefinition earlier, ProcessDefinition newest) {
    List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(earlier.getId()).list();
    if (instances.isEmpty()) {
      return 0;
    }
    MigrationPlan plan;
    try {
      plan = runtime.createMigrationPlan(earlier.getId(), newest.getId()).mapEqualActivities().updateEventTriggers().build();
    } catch (ProcessEngineException e) {
      LOG.warn("Upgrade of running instances: {} instances of {} stay on it, no migration plan to version {}: {}",
          instances.size(), earlier.getId(), newest.getVersion(), e.getMessage());
      return 0;
    }
    int moved = 0;
    for (ProcessInstance instance : instances) {
      try {
        // one transaction per instance: one that cannot move (or that another node moved first) keeps the others moving
        runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
        moved++;
      } catch (ProcessEngineException e) {
        LOG.warn("Upgrade of running instances: instance {} ({}) stays on {}: {}",
            instance.getId(), instance.getBusinessKey(), earlier.getId(), e.getMessage());
      }
    }
    LOG.info("Upgrade of running instances: {} of {} instances of {} moved to version {}",
        moved, instances.size(), earlier.getId(), newest.getVersion());
    return moved;
  }
}

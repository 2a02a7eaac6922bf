package io.pmoflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.ProcessTestEngine;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Instances of an earlier version whose later steps the application no longer has: the upgrade moves
 * those it can map to the newest version (they then never reach the missing step), leaves the others
 * where they are, and touches only the processes it is told to.
 */
class RunningInstanceUpgradeTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.forFixtures();

  RepositoryService repository;
  RuntimeService runtime;
  TaskService tasks;

  @BeforeEach
  void services() {
    repository = engine.getRepositoryService();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
  }

  @AfterEach
  void removeDeployments() {
    repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void anInstanceAtAStepBothVersionsHaveMovesAndNeverReachesTheRemovedStep() {
    deploy(earlier("upgraded"));
    ProcessInstance waiting = runtime.startProcessInstanceByKey("upgraded");
    deploy(newer("upgraded"));

    int moved = new RunningInstanceUpgrade(repository, runtime, List.of("upgraded")).run();

    assertThat(moved).isEqualTo(1);
    assertThat(definitionOf(waiting)).endsWith(":2");
    // the earlier version would now evaluate ${removedStep}, a bean the application no longer has
    tasks.complete(tasks.createTaskQuery().processInstanceId(waiting.getId()).singleResult().getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting.getId()).count()).isZero();
  }

  @Test
  void anInstanceAtAStepTheNewVersionLacksStaysWhereItIs() {
    deploy(earlier("upgraded"));
    // at Task_Recheck, which only the earlier version has
    ProcessInstance atOldStep = runtime.createProcessInstanceByKey("upgraded").startBeforeActivity("Task_Recheck").execute();
    deploy(newer("upgraded"));
    ProcessInstance onNewest = runtime.startProcessInstanceByKey("upgraded");

    int moved = new RunningInstanceUpgrade(repository, runtime, List.of("upgraded")).run();

    assertThat(moved).isZero();
    assertThat(definitionOf(atOldStep)).endsWith(":1");
    assertThat(definitionOf(onNewest)).endsWith(":2");
  }

  @Test
  void processesNotNamedAreLeftAlone() {
    deploy(earlier("kept"));
    ProcessInstance waiting = runtime.startProcessInstanceByKey("kept");
    deploy(newer("kept"));

    assertThat(new RunningInstanceUpgrade(repository, runtime, List.of("upgraded")).run()).isZero();
    assertThat(definitionOf(waiting)).endsWith(":1");
  }

  String definitionOf(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId()
        .replaceAll(":[^:]+$", "");
  }

  void deploy(BpmnModelInstance model) {
    repository.createDeployment().addModelInstance("model.bpmn", model).deploy();
  }

  /** Review, then a step the application has since removed, then a recheck. */
  static BpmnModelInstance earlier(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
        .startEvent()
        .userTask("Task_Review")
        .serviceTask("Task_Removed").camundaExpression("${removedStep.run()}")
        .userTask("Task_Recheck")
        .endEvent()
        .done();
  }

  static BpmnModelInstance newer(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
        .startEvent()
        .userTask("Task_Review")
        .endEvent()
        .done();
  }
}

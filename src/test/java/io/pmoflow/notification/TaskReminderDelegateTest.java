package io.pmoflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.pmoflow.security.AsSystem;
import io.pmoflow.document.TestDocuments;
import io.pmoflow.security.People;
import io.pmoflow.web.PublicAddress;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import io.pmoflow.support.ProcessTestEngine;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

class TaskReminderDelegateTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestEngine.forFixtures();

  MailOutbox outbox = mock(MailOutbox.class);
  RuntimeService runtime;
  TaskService tasks;
  ManagementService management;
  IdentityService identity;
  String deploymentId;

  @BeforeEach
  void setUp() {
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup("pm"));
    user("peter", "peter@pmoflow.example");
    user("petra", "petra@pmoflow.example");
    user("pat", null);
    List.of("peter", "petra", "pat").forEach(id -> identity.createMembership(id, "pm"));
    Mocks.register(
        "taskReminderDelegate",
        new TaskReminderDelegate(tasks, new People(identity, new AsSystem(identity)), outbox, new PublicAddress("https://pmo.example"),
            TestDocuments.texts()));
    deploymentId =
        engine.getRepositoryService().createDeployment().addModelInstance("reminder.bpmn", model()).deploy().getId();
  }

  @AfterEach
  void tearDown() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
    List.of("peter", "petra", "pat").forEach(identity::deleteUser);
    identity.deleteGroup("pm");
    Mocks.reset();
  }

  @Test
  void anUnclaimedTaskRemindsEveryCandidateWithAnEmailAddress() {
    String instance = runtime.startProcessInstanceByKey("reminded").getId();

    fireReminder(instance);

    ArgumentCaptor<OutgoingMail> mails = ArgumentCaptor.forClass(OutgoingMail.class);
    verify(outbox, times(2)).enqueue(mails.capture());
    assertThat(mails.getAllValues()).extracting(OutgoingMail::to)
        .containsExactlyInAnyOrder("peter@pmoflow.example", "petra@pmoflow.example");
    OutgoingMail first = mails.getAllValues().get(0);
    assertThat(first.subject()).isEqualTo("Reminder: Approve the budget is waiting for you");
    assertThat(first.body()).contains("https://pmo.example/camunda/app/tasklist/default/#/?task=");
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count())
        .as("the reminder leaves the task waiting").isEqualTo(1);
  }

  @Test
  void aClaimedTaskRemindsOnlyItsAssignee() {
    String instance = runtime.startProcessInstanceByKey("reminded").getId();
    tasks.claim(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), "petra");

    fireReminder(instance);

    ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
    verify(outbox).enqueue(mail.capture());
    assertThat(mail.getValue().to()).isEqualTo("petra@pmoflow.example");
  }

  private void fireReminder(String instance) {
    Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    management.executeJob(timer.getId());
  }

  private void user(String id, String email) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setEmail(email);
    identity.saveUser(user);
  }

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess("reminded")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_ApproveBudget")
        .name("Approve the budget")
        .camundaCandidateGroups("pm")
        .boundaryEvent("Event_Waited")
        .cancelActivity(false)
        .timerWithDuration("PT1H")
        .serviceTask("Task_Remind")
        .camundaDelegateExpression("${taskReminderDelegate}")
        .camundaInputParameter(TaskReminderDelegate.REMINDER_FOR, "Task_ApproveBudget")
        .endEvent()
        .moveToActivity("Task_ApproveBudget")
        .endEvent()
        .done();
  }
}

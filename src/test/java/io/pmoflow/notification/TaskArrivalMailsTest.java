package io.pmoflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pmoflow.document.TestDocuments;
import io.pmoflow.security.AsSystem;
import io.pmoflow.security.People;
import io.pmoflow.web.PublicAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine-wide task mails on a real engine, with a model that knows nothing of them: who is
 * mailed when a task arrives, once each, with the link to the task; and nothing when switched off.
 */
class TaskArrivalMailsTest {

  final MailOutbox outbox = mock(MailOutbox.class);
  /** The language each person reads; English for anyone not named. */
  final Map<String, Locale> languages = new HashMap<>();
  ProcessEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void everyMemberOfTheCandidateGroupWithAnAddressIsMailedOnceWithTheLinkToTheTask() {
    start(true, Set.of(), null);
    Task task = engine.getTaskService().createTaskQuery().singleResult();

    Map<String, OutgoingMail> mails = queued();
    assertThat(mails.keySet()).containsExactlyInAnyOrder("peter@pmoflow.example", "petra@pmoflow.example");
    OutgoingMail toPetra = mails.get("petra@pmoflow.example");
    assertThat(toPetra.dedupeKey()).isEqualTo("task/" + task.getId() + "/petra");
    assertThat(toPetra.subject()).isEqualTo("Task for you: Check the request (Work CASE-7)");
    assertThat(toPetra.body())
        .contains("Hello Petra", "your group pm", "Task: Check the request", "Case: Work CASE-7")
        .contains("Open it in Tasklist: https://pmo.example/camunda/app/tasklist/default/#/?task=" + task.getId());
  }

  @Test
  void eachMemberOfTheGroupReadsTheMailInTheirOwnLanguage() {
    languages.put("petra", Locale.JAPANESE);
    start(true, Set.of(), null);

    Map<String, OutgoingMail> mails = queued();
    OutgoingMail toPetra = mails.get("petra@pmoflow.example");
    assertThat(toPetra.subject()).isEqualTo("タスクが届きました: Check the request（Work CASE-7）");
    assertThat(toPetra.body())
        .startsWith("Petra さん")
        .contains("グループ pm のタスクがあります", "タスク: Check the request", "案件: Work CASE-7", "Tasklist で開く: https://")
        .doesNotContain("Hello", "Open it");
    assertThat(mails.get("peter@pmoflow.example").subject()).isEqualTo("Task for you: Check the request (Work CASE-7)");
  }

  @Test
  void thePersonWhoseActionMadeTheTaskIsNotMailed() {
    start(true, Set.of(), "peter");
    assertThat(queued()).containsOnlyKeys("petra@pmoflow.example");
  }

  @Test
  void aTaskGivenToSomeoneMailsThemUnderTheSameKeyAndClaimingMailsNobody() {
    start(true, Set.of(), null);
    Task task = engine.getTaskService().createTaskQuery().singleResult();
    IdentityService identity = engine.getIdentityService();

    identity.setAuthenticatedUserId("petra");
    engine.getTaskService().claim(task.getId(), "petra");
    identity.clearAuthentication();
    engine.getTaskService().setAssignee(task.getId(), "peter");

    ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
    verify(outbox, org.mockito.Mockito.times(3)).enqueue(mail.capture());
    OutgoingMail last = mail.getAllValues().get(2);
    assertThat(last.to()).isEqualTo("peter@pmoflow.example");
    assertThat(last.dedupeKey()).isEqualTo("task/" + task.getId() + "/peter"); // the outbox sends it once
    assertThat(last.body()).contains("there is a task for you");
  }

  @Test
  void aTaskOfOnePersonMailsOnlyThem() {
    start(true, Set.of(), null);
    Task task = engine.getTaskService().createTaskQuery().singleResult();
    engine.getTaskService().complete(task.getId());
    Task next = engine.getTaskService().createTaskQuery().singleResult();

    ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
    verify(outbox, org.mockito.Mockito.atLeast(3)).enqueue(mail.capture());
    List<OutgoingMail> forNext =
        mail.getAllValues().stream().filter(m -> m.dedupeKey().startsWith("task/" + next.getId() + "/")).toList();
    // created with its assignee: the create and the assignment event queue the same occasion, sent once
    assertThat(forNext).extracting(OutgoingMail::dedupeKey).containsOnly("task/" + next.getId() + "/peter");
    assertThat(forNext).extracting(OutgoingMail::to).containsOnly("peter@pmoflow.example");
    assertThat(forNext.get(0).subject()).isEqualTo("Task for you: Sign it off (Work CASE-7)");
  }

  @Test
  void aSkippedGroupIsNotMailed() {
    start(true, Set.of("pm"), null);
    verify(outbox, never()).enqueue(any());
  }

  @Test
  void switchedOffNothingIsMailed() {
    start(false, Set.of(), null);
    Task task = engine.getTaskService().createTaskQuery().singleResult();
    engine.getTaskService().complete(task.getId());
    verify(outbox, never()).enqueue(any());
  }

  private void start(boolean enabled, Set<String> skipGroups, String startedBy) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:task-mails-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000")
                .setProcessEngineName("task-mails-" + UUID.randomUUID())
                .setJobExecutorActivate(false);
    configuration.setEnforceHistoryTimeToLive(false);
    configuration.setMetricsEnabled(false);
    TaskMailPlugin plugin =
        new TaskMailPlugin(
            enabled,
            new TaskArrivalMails(people(), provider(outbox), provider(new PublicAddress("https://pmo.example/")),
                provider(TestDocuments.texts(id -> languages.getOrDefault(id, Locale.ENGLISH))), skipGroups));
    configuration.setProcessEnginePlugins(List.of(plugin));
    engine = configuration.buildProcessEngine();
    IdentityService identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup("pm"));
    user("peter", "Peter", "peter@pmoflow.example");
    user("petra", "Petra", "petra@pmoflow.example");
    user("pat", "Pat", null);
    List.of("peter", "petra", "pat").forEach(id -> identity.createMembership(id, "pm"));
    engine.getRepositoryService().createDeployment().addModelInstance("work.bpmn", model()).deploy();
    if (startedBy != null) {
      identity.setAuthenticatedUserId(startedBy);
    }
    engine.getRuntimeService().startProcessInstanceByKey("work", "CASE-7");
    identity.clearAuthentication();
  }

  private void user(String id, String firstName, String email) {
    User user = engine.getIdentityService().newUser(id);
    user.setFirstName(firstName);
    user.setEmail(email);
    engine.getIdentityService().saveUser(user);
  }

  private Map<String, OutgoingMail> queued() {
    ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
    verify(outbox, org.mockito.Mockito.atLeast(0)).enqueue(mail.capture());
    return mail.getAllValues().stream().collect(Collectors.toMap(OutgoingMail::to, m -> m));
  }

  /** The engine's people, looked up when a mail is made (the engine does not exist yet). */
  @SuppressWarnings("unchecked")
  private ObjectProvider<People> people() {
    ObjectProvider<People> provider = mock(ObjectProvider.class);
    when(provider.getObject())
        .thenAnswer(call -> new People(engine.getIdentityService(), new AsSystem(engine.getIdentityService())));
    return provider;
  }

  @SuppressWarnings("unchecked")
  private static <T> ObjectProvider<T> provider(T value) {
    ObjectProvider<T> provider = mock(ObjectProvider.class);
    when(provider.getObject()).thenReturn(value);
    return provider;
  }

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess("work")
        .name("Work")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Check")
        .name("Check the request")
        .camundaCandidateGroups("pm")
        .userTask("Task_SignOff")
        .name("Sign it off")
        .camundaAssignee("peter")
        .endEvent()
        .done();
  }
}

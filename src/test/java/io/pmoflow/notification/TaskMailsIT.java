package io.pmoflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.PersonLanguages;
import io.pmoflow.support.Api;
import io.pmoflow.support.Mailbox;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.web.PublicAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Work arriving for a group reaches each member's mailbox over real SMTP, once, in the member's
 * language, with the link that opens the task in Tasklist; the model knows nothing of it (the
 * engine-wide task listener does it).
 */
@PostgresIntegrationTest
class TaskMailsIT {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired OutboxMailRepository outbox;
  @Autowired PublicAddress address;
  @Autowired GreenMail greenMail;
  @Autowired PersonLanguages languages;
  @Autowired TestRestTemplate http;
  String deploymentId;

  /** Here cleo reads Japanese: she used PMO Flow in Japanese, and that is recorded as her language. */
  @BeforeEach
  void cleoReadsJapanese() {
    use("cleo", "ja");
    assertThat(languages.of("cleo")).isEqualTo(Languages.JAPANESE);
  }

  @AfterEach
  void cleoBackToEnglish() {
    use("cleo", "en");
  }

  private void use(String user, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    Api.as(http, user).exchange("/engine-rest/task?maxResults=1", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @AfterEach
  void undeploy() {
    if (deploymentId != null) {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void eachMemberOfTheCandidateGroupIsMailedOnceWithTheLinkToTheTask() throws Exception {
    deploymentId =
        repository
            .createDeployment()
            .addModelInstance(
                "task-mail-check.bpmn",
                Bpmn.createExecutableProcess("task-mail-check")
                    .name("Task mail check")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_Vote")
                    .name("Vote on the test change")
                    .camundaCandidateGroups("change-board")
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    String key = "MAIL-" + UUID.randomUUID().toString().substring(0, 8);
    runtime.startProcessInstanceByKey("task-mail-check", key);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();

    for (String member : List.of("carla", "colin")) {
      MimeMessage mail = awaitMail(member + "@pmoflow.example", key);
      assertThat(mail.getSubject()).isEqualTo("Task for you: Vote on the test change (Task mail check " + key + ")");
      assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="))
          .contains("Case: Task mail check " + key)
          .contains(address.tasklistTask(task.getId()));
    }
    MimeMessage toCleo = awaitMail("cleo@pmoflow.example", key);
    assertThat(toCleo.getSubject()).isEqualTo("タスクが届きました: Vote on the test change（Task mail check " + key + "）");
    assertThat(Mailbox.text(toCleo))
        .startsWith("Cleo さん")
        .contains("グループ change-board のタスクがあります", "案件: Task mail check " + key,
            "Tasklist で開く: " + address.tasklistTask(task.getId()))
        .doesNotContain("Hello");
    awaitAllSent("task/" + task.getId() + "/");
    assertThat(outbox.findByDedupeKeyStartingWithOrderById("task/" + task.getId() + "/"))
        .extracting(OutboxMail::getRecipient)
        .containsExactlyInAnyOrder("carla@pmoflow.example", "colin@pmoflow.example", "cleo@pmoflow.example");
    for (String member : List.of("carla", "colin", "cleo")) {
      assertThat(mailsTo(member + "@pmoflow.example", key)).as(member).hasSize(1);
    }
  }

  private MimeMessage awaitMail(String to, String subjectPart) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> found = mailsTo(to, subjectPart);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
    }
    throw new AssertionError("No mail to " + to + " about " + subjectPart + " within 30 s");
  }

  private List<MimeMessage> mailsTo(String to, String subjectPart) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(subjectPart);
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }

  private void awaitAllSent(String keyPrefix) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      List<OutboxMail> mails = outbox.findByDedupeKeyStartingWithOrderById(keyPrefix);
      if (!mails.isEmpty() && mails.stream().allMatch(m -> m.getStatus() == OutboxMail.Status.SENT)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Mails " + keyPrefix + "* were not all sent");
  }
}

package io.pmoflow.process;

import io.pmoflow.document.TestDocuments;
import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.security.People;
import io.pmoflow.web.PublicAddress;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CaseReceiptsTest {

  static final String TASKS_OF_RFP_3 = "https://pmo.example/camunda/app/tasklist/default/#/?searchQuery="
      + "%5B%7B%22type%22%3A%22processInstanceBusinessKey%22%2C%22operator%22%3A%22eq%22%2C%22value%22%3A%22RFP-3%22%7D%5D";

  /** A process with pages: its cases are followed there. */
  final CasePage changeRequests = new NumberedCasePage("spec-change-approval", "CR-", "/api/change-requests/") {};
  final CaseAddresses addresses = new CaseAddresses(new PublicAddress("https://pmo.example/"), List.of(changeRequests));
  final People people = mock(People.class);
  final MailOutbox outbox = mock(MailOutbox.class);
  /** paula reads English, kenji Japanese. */
  final Texts texts = TestDocuments.texts(user -> user.equals("kenji") ? Languages.JAPANESE : Languages.ENGLISH);
  final LanguageTexts english = texts.in(Languages.ENGLISH);
  final CaseReceipts receipts = new CaseReceipts(people, outbox, addresses, texts);

  @Test
  void aCaseWithoutAPageIsFollowedThroughItsTasksInTasklist() {
    CaseFollowUp rfp = addresses.of("rfp-preparation", "RFP-3");
    assertThat(rfp).isEqualTo(new CaseFollowUp("RFP-3", TASKS_OF_RFP_3, TASKS_OF_RFP_3));
    assertThat(rfp.mailLines(english)).isEqualTo("Follow it (its tasks in Tasklist): " + TASKS_OF_RFP_3);
  }

  @Test
  void aCaseWithAPageIsFollowedThereAndItsTasksAreNamedToo() {
    assertThat(addresses.of("rfp-preparation", "CR-12").followUrl()).isEqualTo(addresses.of("rfp-preparation", "CR-12").tasksUrl());
    assertThat(addresses.of("spec-change-approval", "CR-12a").followUrl()).contains("/camunda/app/tasklist/");
    CaseFollowUp change = addresses.of("spec-change-approval", "CR-12");
    assertThat(change.followUrl()).isEqualTo("https://pmo.example/api/change-requests/12");
    assertThat(change.tasksUrl()).startsWith("https://pmo.example/camunda/app/tasklist/default/#/?searchQuery=").endsWith("CR-12%22%7D%5D");
    assertThat(change.mailLines(english)).contains("Follow it (status, decisions so far): https://pmo.example/api/change-requests/12",
        "Open its tasks in Tasklist: " + change.tasksUrl());
  }

  @Test
  void theRequesterIsMailedTheKeyAndWhereToFollowIt() {
    when(people.user("paula")).thenReturn(Optional.of(user("paula", "paula@pmoflow.example")));
    receipts.mail("paula", "rfp-preparation", "RFP-3", "rfp.receipt", "RFP-3 Scanners", "Scanners", "RFP-3");
    ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
    verify(outbox).enqueue(mail.capture());
    assertThat(mail.getValue().to()).isEqualTo("paula@pmoflow.example");
    assertThat(mail.getValue().subject()).isEqualTo("Recorded: RFP-3 Scanners");
    assertThat(mail.getValue().body()).isEqualTo("Hello Paula,\n\nYour RFP \"Scanners\" is recorded as RFP-3. Next the PMO"
        + " completes its draft in Tasklist and the project's PM reviews it; vendors are invited only once it is approved.\n\n"
        + "Follow it (its tasks in Tasklist): " + TASKS_OF_RFP_3 + "\n\nPMO Flow");
    // one receipt per case and person, however often the start's step is retried
    assertThat(mail.getValue().dedupeKey()).isEqualTo("rfp-preparation/RFP-3/recorded/paula");
  }

  @Test
  void aPersonWhoReadsJapaneseIsMailedInJapanese() {
    when(people.user("kenji")).thenReturn(Optional.of(user("kenji", "kenji@pmoflow.example")));
    receipts.mail("kenji", "vendor-onboarding", "initech", "onboarding.receipt", "Initech", "initech");
    ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
    verify(outbox).enqueue(mail.capture());
    assertThat(mail.getValue().subject()).isEqualTo("受け付けました：Initech（initech）のオンボーディング");
    assertThat(mail.getValue().body()).startsWith("Kenji さん\n\nInitech のメンバーのオンボーディングを、ベンダーコード initech で受け付けました。")
        .contains("経過（Tasklist のタスク）：https://pmo.example/camunda/app/tasklist/");
  }

  @Test
  void nobodyIsMailedWithoutAnAddress() {
    when(people.user("pat")).thenReturn(Optional.of(user("pat", " ")));
    when(people.user("ghost")).thenReturn(Optional.empty());
    receipts.mail("pat", "rfp-preparation", "RFP-3", "rfp.receipt", "RFP-3", "x", "RFP-3");
    receipts.mail("ghost", "rfp-preparation", "RFP-3", "rfp.receipt", "RFP-3", "x", "RFP-3");
    receipts.mail(null, "rfp-preparation", "RFP-3", "rfp.receipt", "RFP-3", "x", "RFP-3");
    verify(outbox, never()).enqueue(any());
  }

  private static User user(String id, String email) {
    UserEntity user = new UserEntity(id);
    user.setFirstName(Character.toUpperCase(id.charAt(0)) + id.substring(1));
    user.setEmail(email);
    return user;
  }
}

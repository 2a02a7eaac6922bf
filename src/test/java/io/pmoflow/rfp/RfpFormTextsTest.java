package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.pmoflow.document.TestDocuments;
import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.project.Project;
import io.pmoflow.project.ProjectService;
import io.pmoflow.web.PublicAddress;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the decision forms and the vendors' mails say of an RFP, in plain words. */
class RfpFormTextsTest {

  static Rfp rfp() throws Exception {
    Rfp rfp = new Rfp(1L, "paula", Instant.parse("2030-01-01T00:00:00Z"));
    rfp.apply(RfpRulesTest.complete());
    Field id = Rfp.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(rfp, 3L);
    return rfp;
  }

  @Test
  void theCaseIsKnownByItsKeyAndTitle() throws Exception {
    assertThat(rfp().caseKey()).isEqualTo("RFP-3");
    assertThat(rfp().caseLabel()).isEqualTo("RFP-3 Customer relationship system");
  }

  @Test
  void theReviewFormShowsTheRfpsOwnWords() throws Exception {
    Rfp rfp = rfp();
    assertThat(RfpFormTexts.requirements(rfp)).isEqualTo(
        "F-01 MUST (functional): Keeps every customer contact.\nNF-01 SHOULD (non-functional): Answers within 2 s.");
    assertThat(RfpFormTexts.criteria(rfp)).isEqualTo("Price: 60%\nApproach: 40%");
    assertThat(RfpFormTexts.vendors(rfp)).isEqualTo("Acme Ltd (acme), bids@acme.example");
    assertThat(RfpFormTexts.milestones(rfp)).contains("Proposal deadline: 2030-01-31T12:00Z", "Project: 2030-03-01 to 2030-12-31");
    assertThat(RfpFormTexts.scope(rfp)).startsWith("Licences, set-up").contains("Personal data in scope: no");
  }

  @Test
  void theReviewLinkUsesThePublicAddress() {
    assertThat(RfpReviews.documentLink(new PublicAddress("https://pmo.example.com/"), 3, 2))
        .isEqualTo("https://pmo.example.com/api/rfps/3/document/versions/2");
  }

  @Test
  void theInvitationSaysWhatToDoAndWhereWithoutApiCalls() throws Exception {
    Rfp rfp = rfp();
    String body = mails(Locale.ENGLISH).invitation(rfp, rfp.getVendors().get(0), 2).body();
    assertThat(body)
        .contains("https://pmo.example.com/api/rfps/3/document", "What to do", "until January 15, 2030 21:00 JST",
            "until January 31, 2030 21:00 JST", "PMO Flow's vendor interface", "Dear Acme Ltd,")
        .doesNotContain("POST", "localhost");
  }

  @Test
  void aJapaneseProjectsVendorsAreWrittenToInJapanese() throws Exception {
    Rfp rfp = rfp();
    OutgoingMail invitation = mails(Locale.JAPANESE).invitation(rfp, rfp.getVendors().get(0), 2);
    assertThat(invitation.subject()).isEqualTo("提案依頼（RFP）: " + rfp.getTitle());
    assertThat(invitation.body())
        .startsWith("Acme Ltd 御中")
        .contains("お願いしたいこと", "文書（第 2 版）を添付しています", "2030年1月15日 21:00 JST までに", "https://pmo.example.com/api/rfps/3/document")
        .endsWith("PMO Flow")
        .doesNotContain("Dear", "What to do");
    assertThat(mails(Locale.JAPANESE).outcome(rfp, rfp.getVendors().get(0), false).subject()).startsWith("選定結果のお知らせ");
  }

  /** The RFP's mails for a project in {@code language}. */
  private static RfpMails mails(Locale language) {
    Project project = mock(Project.class);
    when(project.language()).thenReturn(language);
    ProjectService projects = mock(ProjectService.class);
    when(projects.find(anyLong())).thenReturn(project);
    return new RfpMails(new PublicAddress("https://pmo.example.com"), TestDocuments.texts(), projects);
  }
}

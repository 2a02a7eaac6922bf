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
import io.pmoflow.i18n.Languages;
import java.time.Instant;
import java.util.Locale;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What the decision forms and the vendors' mails say of an RFP, in plain words. */
class RfpFormTextsTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

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
    assertThat(RfpFormTexts.requirements(rfp, Languages.ENGLISH)).isEqualTo(
        "F-01 MUST (functional): Keeps every customer contact.\nNF-01 SHOULD (non-functional): Answers within 2 s.");
    assertThat(RfpFormTexts.requirements(rfp, Languages.JAPANESE)).isEqualTo(
        "F-01 必須（機能）：Keeps every customer contact.\nNF-01 推奨（非機能）：Answers within 2 s.");
    assertThat(RfpFormTexts.criteria(rfp)).isEqualTo("Price: 60%\nApproach: 40%");
    assertThat(RfpFormTexts.vendors(rfp)).isEqualTo("Acme Ltd (acme), bids@acme.example");
    assertThat(RfpFormTexts.milestones(rfp, Languages.ENGLISH, TOKYO))
        .contains("Proposal deadline: 31 Jan 2030 21:00 (Asia/Tokyo)", "Project: 1 Mar 2030 to 31 Dec 2030");
    assertThat(RfpFormTexts.scope(rfp, Languages.ENGLISH)).startsWith("Licences, set-up").contains("Personal data in scope: no");
  }

  @Test
  void theReviewFormReadsInJapaneseWithDatesInTheDeploymentsTimeZone() throws Exception {
    Rfp rfp = rfp();
    assertThat(RfpFormTexts.milestones(rfp, Languages.JAPANESE, TOKYO))
        .contains("提案期限：2030年1月31日 21:00（Asia/Tokyo）", "プロジェクト：2030年3月1日〜2030年12月31日");
    assertThat(RfpFormTexts.scope(rfp, Languages.JAPANESE)).contains("個人情報の取り扱い：なし");
    assertThat(RfpFormTexts.answered(java.util.List.of(), Languages.JAPANESE)).isEqualTo("回答済みの質問はまだありません。");
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
        .contains("https://pmo.example.com/api/rfps/3/document", "What to do", "until 15 Jan 2030 21:00 (Asia/Tokyo)",
            "until 31 Jan 2030 21:00 (Asia/Tokyo)", "PMO Flow's vendor portal", "https://pmo.example.com/pmo/portal/rfps/3\n",
            "Upload your proposal there", "Dear Acme Ltd,")
        .doesNotContain("POST", "localhost");
  }

  @Test
  void aJapaneseProjectsVendorsAreWrittenToInJapanese() throws Exception {
    Rfp rfp = rfp();
    OutgoingMail invitation = mails(Locale.JAPANESE).invitation(rfp, rfp.getVendors().get(0), 2);
    assertThat(invitation.subject()).isEqualTo("提案依頼（RFP）: " + rfp.getTitle());
    assertThat(invitation.body())
        .startsWith("Acme Ltd 御中")
        .contains("お願いしたいこと", "文書（第 2 版）を添付しています", "2030年1月15日 21:00（Asia/Tokyo） までに", "https://pmo.example.com/api/rfps/3/document",
            "ベンダーポータル", "https://pmo.example.com/pmo/portal/rfps/3\n")
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

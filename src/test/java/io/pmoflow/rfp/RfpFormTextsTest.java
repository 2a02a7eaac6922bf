package io.pmoflow.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.web.PublicAddress;
import java.lang.reflect.Field;
import java.time.Instant;
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
    String body = new RfpMails(new PublicAddress("https://pmo.example.com")).invitation(rfp, rfp.getVendors().get(0), 2).body();
    assertThat(body)
        .contains("https://pmo.example.com/api/rfps/3/document", "What to do", "until 2030-01-15 12:00 UTC",
            "until 2030-01-31 12:00 UTC")
        .doesNotContain("POST", "localhost");
  }
}

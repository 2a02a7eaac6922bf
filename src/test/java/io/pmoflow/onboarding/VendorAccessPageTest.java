package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.document.TestDocuments;
import io.pmoflow.i18n.Languages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A vendor's page of who has what, in the reader's language; names, codes and states as stored. */
class VendorAccessPageTest {

  private static VendorAccessView vendor(List<VendorAccessView.MemberAccess> members) {
    return new VendorAccessView(4, "acme", "Acme Corp", "C-1", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 9, 30), false,
        "peter", "ACTIVE", "ja", members);
  }

  private static final List<VendorAccessView.MemberAccess> GINA = List.of(new VendorAccessView.MemberAccess(
      1, "Gina Gray", "gina@acme.example", "gina", "developer", "EMPLOYEE", "ACTIVE", null,
      List.of(new VendorAccessView.Grant(9, "wiki", "reader", "wiki-readers", "PROVISIONED", "PMO", "docs",
          LocalDate.of(2027, 1, 4), LocalDate.of(2027, 9, 30), "paula", null, null, null, null))));

  @Test
  void aJapaneseReaderReadsTheHeadingsContractAndGrantsInJapanese() {
    String page = vendor(GINA).page(TestDocuments.texts().in(Languages.JAPANESE));
    assertThat(page).contains("<h1>Acme Corp（acme）のオンボーディング</h1>", "<h2>状態</h2><pre>ACTIVE</pre>",
        "<h2>契約</h2><pre>C-1、2027年1月4日～2027年9月30日、スポンサー peter、NDA 未受領</pre>",
        "<h2>メンバーとそのアクセス</h2><pre>Gina Gray &lt;gina@acme.example&gt;, developer: ACTIVE",
        "wiki / reader: PROVISIONED（2027年9月30日 まで）、判断：paula");
    assertThat(page).doesNotContain("Onboarding of", "Contract", "until", "decided by", "not yet on file");
  }

  @Test
  void anEnglishReaderReadsItInEnglish() {
    assertThat(vendor(GINA).page(TestDocuments.texts().in(Languages.ENGLISH))).contains("<h1>Onboarding of Acme Corp (acme)</h1>",
        "<h2>Contract</h2><pre>C-1, 4 Jan 2027 to 30 Sep 2027; sponsor peter; NDA not yet on file</pre>",
        "wiki / reader: PROVISIONED until 30 Sep 2027, decided by paula");
    assertThat(vendor(List.of()).page(TestDocuments.texts().in(Languages.ENGLISH)))
        .contains("<h2>Members and their access</h2><pre>none yet</pre>");
  }
}

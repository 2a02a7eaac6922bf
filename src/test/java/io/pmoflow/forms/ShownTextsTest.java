package io.pmoflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class ShownTextsTest {

  @Test
  void aTextIsWrittenInBothLanguages() {
    Map<String, Object> fields = ShownTexts.of("rfpScope", language -> language.equals(Locale.JAPANESE) ? "範囲" : "Scope");
    assertThat(fields).containsEntry("rfpScope", "Scope").containsEntry("rfpScope@ja", "範囲").hasSize(2);
  }

  @Test
  void aJapaneseReaderGetsTheJapaneseUnderTheFormsNameAndNeverTheCompanion() {
    assertThat(RequestLanguage.in(Languages.JAPANESE, () -> ShownTexts.toFetch(List.of("rfpScope"))))
        .containsExactly("rfpScope", "rfpScope@ja");
    VariableMap japanese = variables();
    RequestLanguage.in(Languages.JAPANESE, () -> {
      ShownTexts.inRequestLanguage(japanese);
      return null;
    });
    assertThat(japanese).containsEntry("rfpScope", "範囲").containsEntry("title", "CRM").doesNotContainKey("rfpScope@ja");
    assertThat(RequestLanguage.in(Languages.JAPANESE, () -> ShownTexts.nameToRead("rfpScope"))).isEqualTo("rfpScope@ja");
  }

  @Test
  void anEnglishReaderGetsTheEnglishAndNeverTheCompanion() {
    assertThat(ShownTexts.toFetch(List.of("rfpScope"))).containsExactly("rfpScope");
    VariableMap english = variables();
    ShownTexts.inRequestLanguage(english);
    assertThat(english).containsEntry("rfpScope", "Scope").doesNotContainKey("rfpScope@ja");
    assertThat(ShownTexts.nameToRead("rfpScope")).isEqualTo("rfpScope");
  }

  private static VariableMap variables() {
    return Variables.createVariables().putValue("rfpScope", "Scope").putValue("rfpScope@ja", "範囲").putValue("title", "CRM");
  }
}

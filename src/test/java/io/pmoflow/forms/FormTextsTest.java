package io.pmoflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmoflow.i18n.Languages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every form reads in Japanese, and nothing a form submits changes with the language. */
class FormTextsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What must survive a translation: form-js templates, the time zone, link targets, list formats. */
  private static final Pattern KEPT = Pattern.compile("\\{\\{.*?}}|\\{timeZone}|\\]\\([^)]*\\)|\\bMUST\\b|\\bSHOULD\\b");

  private final Map<String, String> japanese = FormTexts.japaneseCatalog();
  private final FormTexts texts = new FormTexts(japanese, ZoneId.of("Asia/Tokyo"));

  @Test
  void everyTextOfEveryFormHasAJapaneseTranslationAndEveryTranslationATextOfAForm() throws IOException {
    Set<String> untranslated = new TreeSet<>();
    Set<String> used = new LinkedHashSet<>();
    for (Path form : forms()) {
      for (String text : textsOf(Files.readAllBytes(form))) {
        if (japanese.containsKey(text)) {
          used.add(text);
        } else {
          untranslated.add(form.getFileName() + ": " + text);
        }
      }
    }
    assertThat(untranslated).as("texts with no entry in " + FormTexts.JAPANESE_CATALOG).isEmpty();
    assertThat(new TreeSet<>(japanese.keySet())).as("catalog entries that no form shows (stale)")
        .isEqualTo(new TreeSet<>(used));
  }

  @Test
  void aTranslationKeepsTheTemplatesLinksAndListWordsOfItsEnglish() {
    List<String> broken = new ArrayList<>();
    japanese.forEach((english, translated) -> {
      if (translated.isBlank() || translated.equals(english) && english.chars().anyMatch(Character::isLetter)
          && !english.matches("[A-Z]+")) {
        broken.add("not translated: " + english);
      }
      if (!kept(english).equals(kept(translated))) {
        broken.add(english + " -> " + translated + ": keeps " + kept(translated) + " instead of " + kept(english));
      }
    });
    assertThat(broken).isEmpty();
  }

  @Test
  void theJapaneseFormSubmitsExactlyWhatTheEnglishOneDoes() throws IOException {
    for (Path form : forms()) {
      byte[] deployed = Files.readAllBytes(form);
      byte[] served = texts.served(deployed, Languages.JAPANESE);
      FormSpec english = FormSpec.parse(deployed);
      FormSpec japaneseForm = FormSpec.parse(served);

      assertThat(japaneseForm.editableKeys()).as(form.toString()).isEqualTo(english.editableKeys());
      assertThat(japaneseForm.shownNames()).as(form.toString()).isEqualTo(english.shownNames());
      for (FormField field : english.fields()) {
        FormField translated = japaneseForm.field(field.key());
        assertThat(translated.options()).as(field.key()).isEqualTo(field.options());
        assertThat(translated.type()).isEqualTo(field.type());
      }
      assertThat(withoutTexts(served)).as(form + ": only texts differ").isEqualTo(withoutTexts(deployed));
      assertThat(textsOf(served)).as(form.toString()).noneMatch(japanese::containsKey);
    }
  }

  @Test
  void englishIsServedAsDeployedWithTheTimeZoneNamed() throws IOException {
    byte[] draft = Files.readAllBytes(Path.of("forms/rfp-draft.form"));

    JsonNode english = JSON.readTree(texts.served(draft, Languages.ENGLISH));
    JsonNode japaneseForm = JSON.readTree(texts.served(draft, Languages.JAPANESE));

    assertThat(english.toString()).contains("\"timeLabel\":\"Time (Asia/Tokyo)\"").doesNotContain("{timeZone}");
    assertThat(japaneseForm.toString()).contains("\"timeLabel\":\"時刻（Asia/Tokyo）\"").contains("\"label\":\"タイトル\"");
    assertThat(withoutTexts(JSON.writeValueAsBytes(english))).isEqualTo(withoutTexts(draft));
  }

  @Test
  void theFormResourcesOfTasklistAndTheEngineApiAreServedTranslated() {
    assertThat(ServedForms.isFormResource("/camunda/api/engine/engine/default/task/3f2a/deployed-form")).isTrue();
    assertThat(ServedForms.isFormResource("/camunda/api/engine/engine/default/process-definition/rfp:1:9/deployed-start-form")).isTrue();
    assertThat(ServedForms.isFormResource("/engine-rest/process-definition/key/rfp-preparation/deployed-start-form")).isTrue();
    assertThat(ServedForms.isFormResource("/engine-rest/process-definition/key/rfp-preparation/tenant-id/t/deployed-start-form")).isTrue();
    assertThat(ServedForms.isFormResource("/engine-rest/task/3f2a/form-variables")).isFalse();
    assertThat(ServedForms.isFormResource("/engine-rest/task/3f2a/deployed-form/x")).isFalse();
  }

  static List<Path> forms() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
  }

  private static List<String> textsOf(byte[] form) throws IOException {
    List<String> found = new ArrayList<>();
    FormTexts.eachText(JSON.readTree(form).path("components"), (component, property) -> found.add(component.path(property).asText()));
    return found;
  }

  private static JsonNode withoutTexts(byte[] form) throws IOException {
    JsonNode tree = JSON.readTree(form);
    FormTexts.eachText(tree.path("components"), (component, property) -> component.put(property, ""));
    return tree;
  }

  private static List<String> kept(String text) {
    List<String> kept = new ArrayList<>();
    Matcher matcher = KEPT.matcher(text);
    while (matcher.find()) {
      kept.add(matcher.group());
    }
    return kept.stream().distinct().sorted().toList();
  }
}

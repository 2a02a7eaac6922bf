package io.pmoflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of PMO Flow exists in both languages, and each reads with its arguments. */
class MessagesTest {

  @Test
  void everyEnglishTextHasAJapaneseOneAndTheOtherWayRound() throws IOException {
    assertThat(new TreeSet<>(bundle("messages_ja").stringPropertyNames()))
        .isEqualTo(new TreeSet<>(bundle("messages").stringPropertyNames()));
  }

  @Test
  void everyTextOfThePagesHasAJapaneseOneAndTheOtherWayRound() throws IOException {
    assertThat(new TreeSet<>(bundle("pages_ja").stringPropertyNames()))
        .isEqualTo(new TreeSet<>(bundle("pages").stringPropertyNames()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "pages"})
  void aTextWithArgumentsQuotesItsApostrophesAndUsesTheSameArgumentsInBothLanguages(String name) throws IOException {
    Properties english = bundle(name);
    Properties japanese = bundle(name + "_ja");
    List<String> wrong = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String ja = japanese.getProperty(key, "");
      if (en.contains("{0}") && en.replace("''", "").contains("'")) {
        wrong.add(key + ": a single ' in a text with arguments disappears; write ''");
      }
      if (!en.contains("{") && en.contains("''")) {
        wrong.add(key + ": a text without arguments is shown as written; write ' once");
      }
      if (en.contains("{") && !key.startsWith("format.") && !key.startsWith("pmoflow.validation.")
          && new MessageFormat(en).getFormats().length != new MessageFormat(ja).getFormats().length) {
        wrong.add(key + ": the Japanese uses other arguments than the English");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRuleOfTheApisInputNamesATextOfTheBundle() throws IOException {
    Properties english = bundle("messages");
    List<String> missing = new ArrayList<>();
    try (var files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        var matcher = java.util.regex.Pattern.compile("message *= *\"([^\"]*)\"").matcher(Files.readString(file));
        while (matcher.find()) {
          String message = matcher.group(1);
          if (!message.matches("\\{pmoflow\\.[\\w.-]+}") || !english.containsKey(message.substring(1, message.length() - 1))) {
            missing.add(file.getFileName() + ": " + message);
          }
        }
      }
    }
    assertThat(missing).as("validation messages written in the code instead of the bundle").isEmpty();
  }

  @Test
  void aTextReadsInTheAskedLanguageWithItsArguments() {
    Text text = Text.of("rows.line", Text.of("onboarding.list.members"), "2", "x");
    assertThat(text.in(Languages.ENGLISH)).isEqualTo("Members, line 2: x");
    assertThat(text.in(Languages.JAPANESE)).isEqualTo("メンバー、2 行目：x");
    assertThat(text.in(java.util.Locale.KOREAN)).isEqualTo("Members, line 2: x");
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/" + name + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}

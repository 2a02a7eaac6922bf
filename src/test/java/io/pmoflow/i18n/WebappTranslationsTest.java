package io.pmoflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The webapps' Japanese files (app/<app>/locales/ja.json, assembled by
 * scripts/assemble-webapp-locales.mjs) against Camunda's English ones in the webjar: the same
 * labels, every {{ expression }} and HTML tag kept, the same date settings, and translated.
 */
class WebappTranslationsTest {

  static final Pattern EXPRESSION = Pattern.compile("\\{\\{.*?}}");
  /** HTML in labels (links, emphasis): shown as markup, so it must stay as Camunda wrote it. */
  static final Pattern MARKUP = Pattern.compile("</?(a|b|br|code|div|em|i|kbd|li|p|pre|span|strong|ul)\\b[^<>]*>");
  static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
  /** Names (Camunda, Cockpit), type names (String, Long) and signs (<=) stay as they are. */
  static final double TRANSLATED_AT_LEAST = 0.85;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void japaneseHasExactlyTheEnglishLabels(String app) {
    JsonNode english = WebappLocales.camunda(app, "en").get("labels");
    JsonNode japanese = WebappLocales.own(app, "ja").get("labels");

    assertThat(names(japanese)).as("the labels of %s's ja.json", app).hasSameElementsAs(names(english));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyExpressionAndTagIsKeptAsItIs(String app) {
    JsonNode english = WebappLocales.camunda(app, "en").get("labels");
    JsonNode japanese = WebappLocales.own(app, "ja").get("labels");

    List<String> changed = new ArrayList<>();
    for (String label : names(english)) {
      if (!expressions(english.get(label).asText()).equals(expressions(japanese.path(label).asText()))
          || !markup(english.get(label).asText()).equals(markup(japanese.path(label).asText()))) {
        changed.add(label + ": " + japanese.path(label).asText());
      }
    }
    assertThat(changed).as("labels of %s whose {{ expressions }} or HTML differ from English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesHaveTheEnglishSettings(String app) {
    JsonNode english = WebappLocales.camunda(app, "en").get("dateLocales");
    JsonNode japanese = WebappLocales.own(app, "ja").get("dateLocales");

    assertThat(japanese).as("dateLocales of %s's ja.json", app).isNotNull();
    for (String part : names(english)) {
      assertThat(japanese.has(part)).as("dateLocales.%s of %s", part, app).isTrue();
      if (english.get(part).isObject()) {
        assertThat(names(japanese.get(part))).as("dateLocales.%s of %s", part, app)
            .hasSameElementsAs(names(english.get(part)));
      } else if (english.get(part).isArray()) {
        assertThat(japanese.get(part)).as("dateLocales.%s of %s", part, app).hasSameSizeAs(english.get(part));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theLabelsAreInJapanese(String app) {
    JsonNode japanese = WebappLocales.own(app, "ja").get("labels");

    long inJapanese = names(japanese).stream()
        .filter(label -> JAPANESE.matcher(japanese.get(label).asText()).find())
        .count();
    assertThat((double) inJapanese / japanese.size())
        .as("share of %s's %d labels written in Japanese (%d)", app, japanese.size(), inJapanese)
        .isGreaterThanOrEqualTo(TRANSLATED_AT_LEAST);
  }

  private static List<String> names(JsonNode object) {
    return StreamSupport.stream(((Iterable<String>) object::fieldNames).spliterator(), false).toList();
  }

  private static List<String> expressions(String text) {
    return sorted(EXPRESSION, text);
  }

  private static List<String> markup(String text) {
    return sorted(MARKUP, text);
  }

  private static List<String> sorted(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    Collections.sort(found);
    return found;
  }
}

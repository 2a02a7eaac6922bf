package io.pmoflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pmoflow.i18n.Catalog;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The texts a person reads on a Camunda Form, in their language. The forms in {@code forms/} are
 * written in English; {@value #JAPANESE_CATALOG} holds each English text with its Japanese, keyed by
 * the English text itself, so that a changed English text has no translation until someone writes
 * one (the catalog cannot go stale silently; {@code FormTextsTest} fails).
 *
 * <p>Only what a person reads changes: labels, descriptions, texts, date and time labels,
 * placeholders and the labels of choices. Keys, choices' values, validation and expressions stay as
 * deployed, so the form the {@link FormInputGuard} reads (the deployed English one) judges a
 * submission of either language alike.
 */
public final class FormTexts {

  static final String JAPANESE_CATALOG = "forms/i18n/forms.ja.json";
  /** Properties of a form component that a person reads. */
  static final List<String> READ_PROPERTIES =
      List.of("label", "description", "text", "dateLabel", "timeLabel", "placeholder");
  /** Stands for the time zone that dates and times are typed and shown in. */
  static final String TIME_ZONE = "{timeZone}";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> japanese;
  private final ZoneId zone;

  FormTexts(Map<String, String> japanese, ZoneId zone) {
    this.japanese = Map.copyOf(japanese);
    this.zone = zone;
  }

  /** The Japanese catalog from the classpath. */
  public static Map<String, String> japaneseCatalog() {
    return Catalog.read(JAPANESE_CATALOG);
  }

  /** A form's English text as a person reading {@code language} sees it. */
  static String read(String english, Locale language) {
    return Languages.JAPANESE.equals(Languages.supported(language)) ? JapaneseCatalog.TEXTS.getOrDefault(english, english) : english;
  }

  /** A form's English label as the person of the current request reads it on their form. */
  public static String label(String english) {
    return read(english, RequestLanguage.current(Languages.ENGLISH));
  }

  /** Loaded on first use by the guard, which runs outside the Spring context. */
  private static final class JapaneseCatalog {
    static final Map<String, String> TEXTS = japaneseCatalog();
  }

  /** The form as the person reads it: the deployed form with its texts in {@code language}. */
  byte[] served(byte[] deployedForm, Locale language) throws IOException {
    JsonNode form = JSON.readTree(deployedForm);
    boolean japanese = Languages.JAPANESE.equals(Languages.supported(language));
    eachText(form.path("components"), (component, property) -> {
      String text = component.path(property).asText();
      String read = japanese ? this.japanese.getOrDefault(text, text) : text;
      component.put(property, read.replace(TIME_ZONE, zone.getId()));
    });
    return JSON.writeValueAsBytes(form);
  }

  /**
   * Calls {@code visit} for every text a person reads: the component (or choice) and the property
   * that holds the text ({@code label} for a choice).
   */
  static void eachText(JsonNode components, BiConsumer<ObjectNode, String> visit) {
    for (JsonNode component : components) {
      if (!(component instanceof ObjectNode object)) {
        continue;
      }
      for (String property : READ_PROPERTIES) {
        if (object.path(property).isTextual() && !object.path(property).asText().isBlank()) {
          visit.accept(object, property);
        }
      }
      for (JsonNode choice : object.path("values")) {
        if (choice instanceof ObjectNode option && option.path("label").isTextual()) {
          visit.accept(option, "label");
        }
      }
      eachText(object.path("components"), visit);
    }
  }
}

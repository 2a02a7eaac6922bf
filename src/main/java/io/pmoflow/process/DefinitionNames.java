package io.pmoflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pmoflow.i18n.Catalog;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The names of the processes and decisions in Japanese ("Vendor onboarding" is "ベンダーのオンボーディング").
 * The models keep their English names, which the engine stores and searches; {@value #JAPANESE_CATALOG}
 * holds each model's English name with its Japanese ({@code DefinitionNamesTest} fails for a model
 * without one). An engine answer read in Japanese gets the Japanese wherever it names a definition:
 * a definition's own {@code name}, and the {@code processDefinitionName} (and the like) of what runs
 * in one. A name that is no model's (a definition deployed by someone else) stays as stored.
 */
public final class DefinitionNames {

  static final String JAPANESE_CATALOG = "processes/i18n/definition-names.ja.json";
  /** The properties of the engine's answers that hold a definition's name. */
  static final List<String> NAME_PROPERTIES =
      List.of("name", "processDefinitionName", "decisionDefinitionName", "definitionName");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> japanese;

  DefinitionNames(Map<String, String> japanese) {
    this.japanese = Map.copyOf(japanese);
  }

  public static DefinitionNames japanese() {
    return new DefinitionNames(japaneseCatalog());
  }

  static Map<String, String> japaneseCatalog() {
    return Catalog.read(JAPANESE_CATALOG);
  }

  /** The definition's name in Japanese, or as it is when it is no model's name. */
  public String translated(String name) {
    return name == null ? null : japanese.getOrDefault(name, name);
  }

  /** Translates every definition name in an engine API answer (a definition, a list, statistics, a HAL page). */
  public byte[] translatedAnswer(byte[] answer) throws IOException {
    JsonNode tree = JSON.readTree(answer);
    if (tree == null || !tree.isContainerNode()) {
      throw new IOException("not a JSON object or array");
    }
    translate(tree);
    return JSON.writeValueAsBytes(tree);
  }

  private void translate(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (String property : NAME_PROPERTIES) {
        String name = object.path(property).isTextual() ? object.path(property).asText() : null;
        if (name != null && japanese.containsKey(name)) {
          object.put(property, japanese.get(name));
        }
      }
    }
    node.forEach(this::translate);
  }
}

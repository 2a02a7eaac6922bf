package io.pmoflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmoflow.i18n.Catalog;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.TextPatterns;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Task names in Japanese. A task's name is its model's name with the case filled in
 * ({@code Approve access (security): ${accessCase}} becomes {@code Approve access (security): Ann
 * Archer → git/developer (Initech)}); the engine stores it so, in English, and searches it so. For a
 * Japanese reader the name is read back into its model name and its case, and the case is put into
 * the Japanese name from {@value #JAPANESE_CATALOG} (keyed by the model's English name, so a renamed
 * task has no translation until someone writes one: {@code TaskNamesTest} fails). The case part
 * (keys, titles, people) stays as stored, so a search by case key or title finds the same tasks.
 */
public final class TaskNames {

  static final String JAPANESE_CATALOG = "processes/i18n/task-names.ja.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TextPatterns japanese;

  TaskNames(Map<String, String> japanese) {
    this.japanese = TextPatterns.of(japanese);
  }

  public static TaskNames japanese() {
    return new TaskNames(japaneseCatalog());
  }

  /** The task names (e.g. a case's current steps) in {@code language}: Japanese, or as stored. */
  public static List<String> in(Locale language, List<String> names) {
    return Languages.JAPANESE.equals(Languages.supported(language))
        ? names.stream().map(Japanese.NAMES::translated).toList()
        : names;
  }

  private static final class Japanese {
    static final TaskNames NAMES = japanese();
  }

  static Map<String, String> japaneseCatalog() {
    return Catalog.read(JAPANESE_CATALOG);
  }

  /** The task name in Japanese, or the name as it is when it is not one of a model's names. */
  public String translated(String name) {
    return japanese.translated(name);
  }

  /** Translates the name of every task in an engine API answer (a task, a list, a HAL page). */
  public byte[] translatedAnswer(byte[] answer) throws IOException {
    JsonNode tree = JSON.readTree(answer);
    translateTasks(tree);
    return JSON.writeValueAsBytes(tree);
  }

  private void translateTasks(JsonNode node) {
    if (node instanceof ObjectNode task && task.path("name").isTextual() && task.path("taskDefinitionKey").isTextual()) {
      task.put("name", translated(task.path("name").asText()));
    }
    node.forEach(this::translateTasks);
  }
}

package io.pmoflow.process;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmoflow.i18n.Catalog;
import io.pmoflow.i18n.Languages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Template> templates = new ArrayList<>();

  TaskNames(Map<String, String> japanese) {
    japanese.forEach((english, translated) -> templates.add(Template.of(english, translated)));
    // the most specific model name first, should one name's pattern also match another's
    templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
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
    if (name == null) {
      return null;
    }
    for (Template template : templates) {
      String translated = template.translate(name);
      if (translated != null) {
        return translated;
      }
    }
    return name;
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

  private record Template(Pattern english, List<String> names, String japanese, int literalLength) {

    static Template of(String english, String japanese) {
      StringBuilder regex = new StringBuilder("^");
      List<String> names = new ArrayList<>();
      Matcher placeholder = PLACEHOLDER.matcher(english);
      int from = 0;
      int literal = 0;
      while (placeholder.find()) {
        regex.append(Pattern.quote(english.substring(from, placeholder.start()))).append("(.*)");
        literal += placeholder.start() - from;
        names.add(placeholder.group(1));
        from = placeholder.end();
      }
      regex.append(Pattern.quote(english.substring(from))).append("$");
      literal += english.length() - from;
      return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), names, japanese, literal);
    }

    String translate(String name) {
      Matcher matcher = english.matcher(name);
      if (!matcher.matches()) {
        return null;
      }
      String result = japanese;
      for (int i = 0; i < names.size(); i++) {
        result = result.replace("${" + names.get(i) + "}", matcher.group(i + 1));
      }
      return result;
    }
  }
}

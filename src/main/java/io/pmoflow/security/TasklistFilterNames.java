package io.pmoflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.i18n.Text;
import io.pmoflow.web.AnswerRewriting;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The names and descriptions of {@link TasklistFilters}' filters in the reader's language. Tasklist
 * shows a filter's stored name as it is (no translation of its own), and the filters are stored once
 * for everybody in English; so a request in another language that reads filters (Tasklist's filter
 * list, {@code /engine-rest/filter}) gets their texts from the bundle ({@code tasklist.filter.*}).
 * Filters stored before this existed read the same, being found by name; a filter someone renamed,
 * or created, is shown as stored.
 */
@Configuration
class TasklistFilterNames {

  private static final Pattern FILTER_ANSWERS =
      Pattern.compile("^(/camunda/api/engine/engine/[^/]+|/engine-rest(/engine/[^/]+)?)/filter(/[^/]+)?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each stored English text and its text of the bundle. */
  static final Map<String, String> TEXTS = Map.of(
      TasklistFilters.MY_TASKS, "tasklist.filter.my-tasks",
      TasklistFilters.MY_TASKS_DESCRIPTION, "tasklist.filter.my-tasks.description",
      TasklistFilters.MY_GROUPS_TASKS, "tasklist.filter.my-groups-tasks",
      TasklistFilters.MY_GROUPS_TASKS_DESCRIPTION, "tasklist.filter.my-groups-tasks.description");

  @Bean
  FilterRegistrationBean<AnswerRewriting> tasklistFilterNamesInTheReadersLanguage() {
    FilterRegistrationBean<AnswerRewriting> registration = new FilterRegistrationBean<>(new AnswerRewriting() {
      @Override
      protected boolean rewrites(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && RequestLanguage.isJapanese()
            && isFilterAnswer(request.getRequestURI());
      }

      @Override
      protected byte[] rewritten(byte[] answer) throws IOException {
        return translatedAnswer(answer, Languages.JAPANESE);
      }
    });
    registration.setName("tasklist-filter-names");
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    return registration;
  }

  static boolean isFilterAnswer(String path) {
    return FILTER_ANSWERS.matcher(path).matches();
  }

  /** A filter or a list of filters with the names and descriptions of PMO Flow's filters in {@code language}. */
  static byte[] translatedAnswer(byte[] answer, Locale language) throws IOException {
    JsonNode tree = JSON.readTree(answer);
    if (tree.isArray()) {
      tree.forEach(filter -> translate(filter, language));
    } else {
      translate(tree, language);
    }
    return JSON.writeValueAsBytes(tree);
  }

  private static void translate(JsonNode filter, Locale language) {
    if (filter instanceof ObjectNode named && TEXTS.containsKey(filter.path("name").asText(""))) {
      named.put("name", in(language, named.path("name").asText()));
      if (named.path("properties") instanceof ObjectNode properties && TEXTS.containsKey(properties.path("description").asText(""))) {
        properties.put("description", in(language, properties.path("description").asText()));
      }
    }
  }

  /** The Japanese name of one of PMO Flow's filters. */
  static String japanese(String stored) {
    return in(Languages.JAPANESE, stored);
  }

  private static String in(Locale language, String stored) {
    return Text.of(TEXTS.get(stored)).in(language);
  }
}

package io.pmoflow.process;

import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.web.AnswerRewriting;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's answers that name processes and decisions, read in Japanese, name them in Japanese
 * ({@link DefinitionNames}): Tasklist's start dialog and its task list's process column, Cockpit's
 * process and decision lists, dashboard and instance pages, and the same answers of
 * {@code /engine-rest}. Only reads are rewritten: GETs of the definitions, tasks, instances, history
 * and incidents, and the queries that are POSTed (a filter's list, tasks, instances); never a model's
 * XML, a form or a variable.
 */
@Configuration
class DefinitionNamesInTheReadersLanguage {

  private static final Pattern NAMING_ANSWERS = Pattern.compile(
      "^(/camunda/api/engine/engine/[^/]+|/camunda/api/cockpit/plugin/[^/]+/[^/]+|/engine-rest(/engine/[^/]+)?)"
          + "/(process-definition|decision-definition|decision-requirements-definition|task|filter|process-instance|history|incident)(/.*)?$");
  /** The queries that are POSTed (a body holds the query): Tasklist's task list asks its filter's list so. */
  private static final Pattern QUERIES = Pattern.compile(
      "^(/camunda/api/engine/engine/[^/]+|/engine-rest(/engine/[^/]+)?)"
          + "/(filter/[^/]+/list|task|process-instance|history/process-instance|history/task)$");
  private static final Pattern NOT_NAMING = Pattern.compile(
      "/(xml|diagram|data|form|startForm|deployed-form|deployed-start-form|rendered-form|rendered-start-form|form-variables)$"
          + "|/(local)?[vV]ariables(/|$)");

  @Bean
  FilterRegistrationBean<AnswerRewriting> japaneseDefinitionNames() {
    DefinitionNames names = DefinitionNames.japanese();
    FilterRegistrationBean<AnswerRewriting> registration = new FilterRegistrationBean<>(new AnswerRewriting() {
      @Override
      protected boolean rewrites(HttpServletRequest request) {
        return RequestLanguage.isJapanese() && isNamingAnswer(request.getMethod(), request.getRequestURI());
      }

      @Override
      protected byte[] rewritten(byte[] answer) throws IOException {
        return names.translatedAnswer(answer);
      }
    });
    registration.setName("definition-names");
    registration.addUrlPatterns("/camunda/api/engine/*", "/camunda/api/cockpit/*", "/engine-rest/*");
    return registration;
  }

  static boolean isNamingAnswer(String method, String path) {
    if ("POST".equals(method)) {
      return QUERIES.matcher(path).matches();
    }
    return "GET".equals(method) && NAMING_ANSWERS.matcher(path).matches() && !NOT_NAMING.matcher(path).find();
  }
}

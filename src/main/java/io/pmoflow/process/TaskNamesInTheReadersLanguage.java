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
 * Tasklist's task list and task details, and the same answers of {@code /engine-rest}, name each
 * task in Japanese for a Japanese request ({@link TaskNames}).
 */
@Configuration
class TaskNamesInTheReadersLanguage {

  private static final Pattern TASK_ANSWERS =
      Pattern.compile("^(/camunda/api/engine/engine/[^/]+|/engine-rest(/engine/[^/]+)?)/(task(/[^/]+)?|filter/[^/]+/list)$");

  @Bean
  FilterRegistrationBean<AnswerRewriting> japaneseTaskNames() {
    TaskNames names = TaskNames.japanese();
    FilterRegistrationBean<AnswerRewriting> registration = new FilterRegistrationBean<>(new AnswerRewriting() {
      @Override
      protected boolean rewrites(HttpServletRequest request) {
        return RequestLanguage.isJapanese() && isTaskAnswer(request.getRequestURI());
      }

      @Override
      protected byte[] rewritten(byte[] answer) throws IOException {
        return names.translatedAnswer(answer);
      }
    });
    registration.setName("japanese-task-names");
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    return registration;
  }

  static boolean isTaskAnswer(String path) {
    return TASK_ANSWERS.matcher(path).matches();
  }
}

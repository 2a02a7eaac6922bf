package io.pmoflow.forms;

import io.pmoflow.i18n.I18nSettings;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.web.AnswerRewriting;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves each Camunda Form in the language of the request ({@link RequestLanguage}): Tasklist's
 * {@code task/{id}/deployed-form} and {@code process-definition/{id}/deployed-start-form} on the
 * webapps' engine API, and the same resources of {@code /engine-rest} (also by key). The form
 * deployed in the engine stays English; only the answer carries the translated texts.
 */
@Configuration
class ServedForms {

  private static final Pattern FORM_RESOURCE =
      Pattern.compile(".*/(task/[^/]+/deployed-form|process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/deployed-start-form)");

  @Bean
  FilterRegistrationBean<AnswerRewriting> servedFormsInTheReadersLanguage(I18nSettings settings) {
    FormTexts texts = new FormTexts(FormTexts.japaneseCatalog(), settings.timeZone());
    FilterRegistrationBean<AnswerRewriting> registration = new FilterRegistrationBean<>(new Translating(texts, settings));
    registration.setName("served-forms");
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    return registration;
  }

  /** Date-and-time fields are typed and shown in the deployment's time zone. */
  @Bean
  FormTime formTime(I18nSettings settings) {
    return new FormTime(settings.timeZone());
  }

  static boolean isFormResource(String path) {
    return FORM_RESOURCE.matcher(path).matches();
  }

  private static final class Translating extends AnswerRewriting {

    private final FormTexts texts;
    private final I18nSettings settings;

    Translating(FormTexts texts, I18nSettings settings) {
      this.texts = texts;
      this.settings = settings;
    }

    @Override
    protected boolean rewrites(HttpServletRequest request) {
      return "GET".equals(request.getMethod()) && isFormResource(request.getRequestURI());
    }

    @Override
    protected byte[] rewritten(byte[] form) throws IOException {
      return texts.served(form, RequestLanguage.current(settings.defaultLanguage()));
    }
  }
}

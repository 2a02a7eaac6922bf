package io.pmoflow.forms;

import io.pmoflow.i18n.I18nSettings;
import io.pmoflow.i18n.RequestLanguage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves each Camunda Form in the language of the request ({@link RequestLanguage}): Tasklist's
 * {@code task/{id}/deployed-form} and {@code process-definition/{id}/deployed-start-form} on the
 * webapps' engine API, and the same resources of {@code /engine-rest} (also by key). The form
 * deployed in the engine stays English; only the answer carries the translated texts.
 */
@Configuration
class ServedForms {

  private static final Logger LOG = LoggerFactory.getLogger(ServedForms.class);
  private static final Pattern FORM_RESOURCE =
      Pattern.compile(".*/(task/[^/]+/deployed-form|process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/deployed-start-form)");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> servedFormsInTheReadersLanguage(I18nSettings settings) {
    FormTexts texts = new FormTexts(FormTexts.japaneseCatalog(), settings.timeZone());
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Translating(texts, settings));
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

  private static final class Translating extends OncePerRequestFilter {

    private final FormTexts texts;
    private final I18nSettings settings;

    Translating(FormTexts texts, I18nSettings settings) {
      this.texts = texts;
      this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"GET".equals(request.getMethod()) || !isFormResource(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, caching);
      if (caching.getStatus() == HttpServletResponse.SC_OK && caching.getContentSize() > 0) {
        try {
          byte[] served = texts.served(caching.getContentAsByteArray(), RequestLanguage.current(settings.defaultLanguage()));
          caching.resetBuffer();
          caching.getOutputStream().write(served);
        } catch (IOException notAForm) {
          LOG.debug("{} answered something other than a Camunda Form; passed on as it is", request.getRequestURI());
        }
      }
      caching.copyBodyToResponse();
    }
  }
}

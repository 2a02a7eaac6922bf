package io.pmoflow.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.LocaleResolver;

@Configuration
@EnableConfigurationProperties(I18nSettings.class)
class I18nConfiguration {

  /** Each person's language as they last used PMO Flow, else the deployment's default. */
  @Bean
  StoredPersonLanguages storedPersonLanguages(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, I18nSettings settings, Clock clock) {
    return new StoredPersonLanguages(jdbc, transactions, settings, clock);
  }

  @Bean
  FilterRegistrationBean<RequestLanguageFilter> requestLanguage(I18nSettings settings, StoredPersonLanguages people) {
    FilterRegistrationBean<RequestLanguageFilter> registration =
        new FilterRegistrationBean<>(new RequestLanguageFilter(settings, people));
    registration.setName("request-language");
    registration.addUrlPatterns("/*");
    // outermost: every later filter and the engine see the request's language
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The application API ({@code /api}) reads the same language as the rest of the request. */
  @Bean
  LocaleResolver localeResolver(I18nSettings settings) {
    return new LocaleResolver() {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        return RequestLanguage.current(settings.defaultLanguage());
      }

      @Override
      public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen with the pmoflow-language cookie");
      }
    };
  }

  /** Notes the engine's authenticated user of each request, whose language is then remembered. */
  @Bean
  AbstractProcessEnginePlugin requestUserPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
          interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        interceptors.add(new RequestUserInterceptor());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
      }
    };
  }
}

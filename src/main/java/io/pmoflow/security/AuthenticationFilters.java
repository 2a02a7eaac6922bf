package io.pmoflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Both APIs require authentication: the engine REST API (HTTP Basic) and the application API (HTTP
 * Basic, or for reads the webapps' login in the same browser session). Of the actuator, health and
 * info are open; the rest (metrics) is for administrators and the metrics scraper.
 */
@Configuration
class AuthenticationFilters {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
      ProcessEngine engine, ObjectMapper objectMapper, WebappLogins webappLogins) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(
            new ApiAuthenticationFilter(engine.getIdentityService(), objectMapper, webappLogins));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ActuatorAccessFilter> actuatorAccess(
      ProcessEngine engine,
      ObjectMapper objectMapper,
      @Value("${pmoflow.metrics.scrape-user:}") String scrapeUser,
      @Value("${pmoflow.metrics.scrape-password:}") String scrapePassword) {
    if (scrapeUser.isBlank() != scrapePassword.isBlank()) {
      throw new IllegalStateException(
          "Set both pmoflow.metrics.scrape-user and pmoflow.metrics.scrape-password"
              + " (PMOFLOW_METRICS_SCRAPE_USER, PMOFLOW_METRICS_SCRAPE_PASSWORD), or neither");
    }
    BasicCredentials scraper = scrapeUser.isBlank() ? null : new BasicCredentials(scrapeUser, scrapePassword);
    FilterRegistrationBean<ActuatorAccessFilter> registration =
        new FilterRegistrationBean<>(new ActuatorAccessFilter(engine.getIdentityService(), objectMapper, scraper));
    registration.setName("actuator-access");
    registration.addUrlPatterns("/actuator/*");
    return registration;
  }
}

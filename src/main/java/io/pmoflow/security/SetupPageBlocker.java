package io.pmoflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the webapps' first-admin set-up for good. Camunda opens it to anyone, unauthenticated,
 * whenever the group camunda-admin has no member; PMO Flow creates its administrators itself.
 */
@Configuration
class SetupPageBlocker {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappSetupBlocker() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(
            new OncePerRequestFilter() {
              @Override
              protected void doFilterInternal(
                  HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws ServletException, IOException {
                response.sendError(
                    HttpServletResponse.SC_FORBIDDEN,
                    "Administrators are created by PMO Flow's configuration, not here");
              }
            });
    registration.setName("webapp-setup-blocker");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    return registration;
  }
}

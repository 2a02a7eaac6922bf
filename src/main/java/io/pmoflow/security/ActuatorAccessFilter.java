package io.pmoflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmoflow.i18n.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the actuator endpoints under {@code /actuator}: health (with its liveness and readiness
 * probes) and info stay open to anyone, as load balancers and orchestrators expect; every other
 * endpoint (the metrics at {@code /actuator/prometheus}) needs HTTP Basic with either the scrape
 * credential of the deployment ({@code pmoflow.metrics.scrape-user} and {@code scrape-password}) or
 * a user of the group {@code pmo-admin}. A missing or wrong login gets 401, another user 403.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final ObjectMapper objectMapper;
  private final BasicCredentials scrapeCredential;

  /** scrapeCredential: null when the deployment configured none. */
  ActuatorAccessFilter(IdentityService identityService, ObjectMapper objectMapper, BasicCredentials scrapeCredential) {
    this.identityService = identityService;
    this.objectMapper = objectMapper;
    this.scrapeCredential = scrapeCredential;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isOpen(request)) {
      chain.doFilter(request, response);
      return;
    }
    BasicCredentials credentials = BasicCredentials.from(request.getHeader("Authorization"));
    if (credentials != null && isScrapeCredential(credentials)) {
      chain.doFilter(request, response);
      return;
    }
    if (credentials == null || !identityService.checkPassword(credentials.user(), credentials.password())) {
      AuthenticationProblems.unauthorized(response, objectMapper, credentials == null);
      return;
    }
    boolean admin =
        identityService.createUserQuery().userId(credentials.user()).memberOfGroup(PmoGroups.PMO_ADMIN).count() == 1;
    if (!admin) {
      AuthenticationProblems.forbidden(
          response, objectMapper, Text.of("problem.metrics-admins-only").inRequestLanguage());
      return;
    }
    chain.doFilter(request, response);
  }

  /** Health and info: the decoded, normalised path the servlet container mapped, not the raw URI. */
  private static boolean isOpen(HttpServletRequest request) {
    String path = request.getPathInfo() == null ? request.getServletPath() : request.getServletPath() + request.getPathInfo();
    String endpoint = path.startsWith("/actuator") ? path.substring("/actuator".length()) : path;
    return endpoint.equals("/health") || endpoint.startsWith("/health/") || endpoint.equals("/info");
  }

  private boolean isScrapeCredential(BasicCredentials credentials) {
    if (scrapeCredential == null) {
      return false;
    }
    // both compared, so a right user name with a wrong password takes as long as a wrong one
    boolean user = equal(scrapeCredential.user(), credentials.user());
    boolean password = equal(scrapeCredential.password(), credentials.password());
    return user && password;
  }

  /** Compared in constant time, so the answer's timing does not reveal how much was right. */
  private static boolean equal(String expected, String given) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}

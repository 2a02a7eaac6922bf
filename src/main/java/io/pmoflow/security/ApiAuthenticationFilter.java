package io.pmoflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of the application API against Camunda's identity service. The
 * authenticated user and groups are set on the engine for the request, so engine calls made on the
 * user's behalf are authorization-checked. A missing or wrong login gets a 401 problem.
 *
 * <p>A person logged in to Tasklist or Cockpit in the same browser reads the API (GET, HEAD) with
 * that login: a link in a form or a mail to a document or a case opens with one click, not a second
 * login. Only reads: a change always needs HTTP Basic, so another site cannot make the browser
 * change anything with the webapp's session (no cross-site request forgery).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final ObjectMapper objectMapper;
  private final WebappLogins webappLogins;

  ApiAuthenticationFilter(IdentityService identityService, ObjectMapper objectMapper, WebappLogins webappLogins) {
    this.identityService = identityService;
    this.objectMapper = objectMapper;
    this.webappLogins = webappLogins;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    BasicCredentials credentials = BasicCredentials.from(request.getHeader("Authorization"));
    String userId = credentials == null ? webappUser(request) : null;
    if (userId == null) {
      if (credentials == null || !identityService.checkPassword(credentials.user(), credentials.password())) {
        AuthenticationProblems.unauthorized(response, objectMapper, credentials == null);
        return;
      }
      userId = credentials.user();
    }
    webappLogins.authenticate(userId);
    try {
      chain.doFilter(request, response);
    } finally {
      webappLogins.clear();
    }
  }

  /** The user logged in to the webapps in this browser session, for a read; else null. */
  private String webappUser(HttpServletRequest request) {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    return read ? webappLogins.userOf(request) : null;
  }
}

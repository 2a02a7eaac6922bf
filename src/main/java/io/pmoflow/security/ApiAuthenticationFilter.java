package io.pmoflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of the application API against Camunda's identity service. The
 * authenticated user and groups are set on the engine for the request, so engine calls made on the
 * user's behalf are authorization-checked. A missing or wrong login gets a 401 problem. A login
 * verified within the last minute is taken from {@link VerifiedLogins} with its groups.
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
  private final VerifiedLogins logins;

  ApiAuthenticationFilter(
      IdentityService identityService, ObjectMapper objectMapper, WebappLogins webappLogins, VerifiedLogins logins) {
    this.identityService = identityService;
    this.logins = logins;
    this.objectMapper = objectMapper;
    this.webappLogins = webappLogins;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    BasicCredentials credentials = BasicCredentials.from(request.getHeader("Authorization"));
    String userId = credentials == null ? webappUser(request) : credentials.user();
    if (userId == null) {
      AuthenticationProblems.unauthorized(response, objectMapper, true);
      return;
    }
    List<String> groups = credentials == null ? null : logins.groupsIfVerified(credentials);
    if (groups == null) {
      long identityVersion = logins.version();
      if (credentials != null && !identityService.checkPassword(userId, credentials.password())) {
        AuthenticationProblems.unauthorized(response, objectMapper, false);
        return;
      }
      groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      if (credentials != null) {
        logins.remember(credentials, groups, identityVersion);
      }
    }
    identityService.setAuthentication(userId, groups);
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

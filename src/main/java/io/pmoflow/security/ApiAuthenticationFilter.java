package io.pmoflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of the application API against Camunda's identity service (or, for
 * reading, the login of the webapps in the same browser). The
 * authenticated user and groups are set on the engine for the request, so engine calls made on the
 * user's behalf are authorization-checked. A missing or wrong login gets a 401 problem.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String BASIC = "Basic ";
  private static final String ENGINE = "default";

  private final IdentityService identityService;
  private final ObjectMapper objectMapper;

  ApiAuthenticationFilter(IdentityService identityService, ObjectMapper objectMapper) {
    this.identityService = identityService;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader("Authorization"));
    UserAuthentication webappLogin = credentials == null ? webappLogin(request) : null;
    if (webappLogin != null) {
      identityService.setAuthentication(webappLogin.getIdentityId(), webappLogin.getGroupIds());
    } else if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      unauthorized(response, credentials == null);
      return;
    } else {
      String userId = credentials[0];
      List<String> groups =
          identityService.createGroupQuery().groupMember(userId).list().stream()
              .map(Group::getId)
              .toList();
      identityService.setAuthentication(userId, groups);
    }
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The person logged in to Tasklist, Cockpit or Admin in this browser, for reading only: a link in
   * a form or mail (a document, a case) opens without a second login. Changes still need HTTP Basic,
   * since a session cookie alone would let another site's page send them (no CSRF token here).
   */
  private static UserAuthentication webappLogin(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    return logins == null ? null : (UserAuthentication) logins.getAuthenticationForProcessEngine(ENGINE);
  }

  private static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  private void unauthorized(HttpServletResponse response, boolean missing) throws IOException {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNAUTHORIZED,
            missing
                ? "Log in with HTTP Basic authentication (your PMO Flow user and password)"
                : "Unknown user or wrong password");
    problem.setTitle("Unauthorized");
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader("WWW-Authenticate", "Basic realm=\"PMO Flow\", charset=\"UTF-8\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}

package io.pmoflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.stereotype.Component;

/**
 * The login of the Camunda webapps (Tasklist, Cockpit, Admin), which lives in the browser's
 * session, as the application's own entry points read it: the API for reads, the pages under
 * {@code /pmo} for everything. One login for all of them; logging out of one ends the others.
 */
@Component
public class WebappLogins {

  private final IdentityService identityService;
  private final String engineName;

  public WebappLogins(ProcessEngine engine) {
    this.identityService = engine.getIdentityService();
    this.engineName = engine.getName();
  }

  /** The user logged in to the webapps in this browser session; else null. */
  public String userOf(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentication login = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
    if (login == null || login.getIdentityId() == null) {
      return null;
    }
    // the user may have been deleted since logging in
    return identityService.createUserQuery().userId(login.getIdentityId()).count() == 1 ? login.getIdentityId() : null;
  }

  /**
   * Sets the user and their groups on the engine for the current thread, so that engine calls made
   * on their behalf are authorization-checked; {@link #clear()} when the request is served.
   */
  public void authenticate(String userId) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
  }

  public void clear() {
    identityService.clearAuthentication();
  }
}

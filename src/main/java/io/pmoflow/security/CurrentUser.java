package io.pmoflow.security;

import io.pmoflow.i18n.Text;
import io.pmoflow.web.ApiException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user on whose behalf an API request runs (set by the API's authentication filter). */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    return authentication().getUserId();
  }

  public List<String> groups() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  public boolean isInAny(String... groupIds) {
    List<String> mine = groups();
    return mine.contains(PmoGroups.PMO_ADMIN) || Arrays.stream(groupIds).anyMatch(mine::contains);
  }

  public boolean isInAny(List<String> groupIds) {
    return isInAny(groupIds.toArray(String[]::new));
  }

  /** Refuses the request with 403 unless the user is in one of the groups (or an administrator). */
  public void requireAnyOf(String... groupIds) {
    if (!isInAny(groupIds)) {
      throw ApiException.forbidden(
          Text.of("security.forbidden.roles", String.join(", ", groupIds), id()).inRequestLanguage());
    }
  }

  private Authentication authentication() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("No authenticated user: is the API authentication filter on?");
    }
    return authentication;
  }
}

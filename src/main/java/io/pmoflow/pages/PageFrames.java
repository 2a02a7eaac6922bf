package io.pmoflow.pages;

import io.pmoflow.i18n.I18nSettings;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Makes the {@link PageFrame} of a page request. */
@Component
class PageFrames {

  private final CurrentUser currentUser;
  private final People people;
  private final I18nSettings i18n;
  private final Clock clock;

  PageFrames(CurrentUser currentUser, People people, I18nSettings i18n, Clock clock) {
    this.currentUser = currentUser;
    this.people = people;
    this.i18n = i18n;
    this.clock = clock;
  }

  PageFrame of(HttpServletRequest request) {
    String userId = currentUser.id();
    String name = people.user(userId).map(People::nameOf).orElse(userId);
    String query = request.getQueryString();
    String here = request.getRequestURI() + (query == null ? "" : "?" + query);
    return new PageFrame(userId, name, RequestLanguage.current(i18n.defaultLanguage()), i18n.timeZone(),
        PageTokens.of(request), here, clock.instant(), currentUser.groups().stream().anyMatch(PmoGroups::isVendorGroup));
  }
}

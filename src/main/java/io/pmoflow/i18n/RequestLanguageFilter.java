package io.pmoflow.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets every request's language ({@link RequestLanguage}) for everything that serves it (the
 * webapps' engine API, {@code /engine-rest}, {@code /api}) and, once the engine knows who asks, remembers
 * the language a logged-in person asked for when it differs from what is stored for them.
 */
class RequestLanguageFilter extends OncePerRequestFilter {

  private final I18nSettings settings;
  private final StoredPersonLanguages people;

  RequestLanguageFilter(I18nSettings settings, StoredPersonLanguages people) {
    this.settings = settings;
    this.people = people;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RequestLanguage language = RequestLanguage.of(request, settings.defaultLanguage());
    if (language.chosen()) {
      // while the request is served, so that its answer already reflects the stored language
      language.whenUserKnown(user -> people.record(user, language.language()));
    }
    language.enter();
    LocaleContextHolder.setLocale(language.language());
    try {
      chain.doFilter(request, response);
    } finally {
      RequestLanguage.leave();
      LocaleContextHolder.resetLocaleContext();
    }
  }
}

package io.pmoflow.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The language of the request being served: the webapps' language switch (cookie {@value #COOKIE}),
 * else the browser's or client's {@code Accept-Language}, else the deployment's default. Outside a
 * request (a job, a timer) it is the deployment's default.
 *
 * <p>The request's person is noted on the way in ({@link #noteUser}), so that a language the person
 * chose can be remembered for what PMO Flow later writes to them (mails, tasks' texts).
 */
public final class RequestLanguage {

  public static final String COOKIE = "pmoflow-language";

  private static final ThreadLocal<RequestLanguage> CURRENT = new ThreadLocal<>();

  private final Locale language;
  private final boolean chosen;
  private String user;
  private java.util.function.Consumer<String> whenUserKnown = user -> {};

  RequestLanguage(Locale language, boolean chosen) {
    this.language = language;
    this.chosen = chosen;
  }

  /** The language of the request on this thread, or {@code fallback} outside a request. */
  public static Locale current(Locale fallback) {
    RequestLanguage request = CURRENT.get();
    return request == null ? fallback : request.language;
  }

  /** Whether the current request asks for Japanese (outside a request: no). */
  public static boolean isJapanese() {
    RequestLanguage request = CURRENT.get();
    return request != null && request.language.equals(Languages.JAPANESE);
  }

  /**
   * Runs {@code work} as if a request in {@code language} were being served (for tests, and for
   * work done on a person's behalf outside their request).
   */
  public static <T> T in(Locale language, java.util.function.Supplier<T> work) {
    RequestLanguage before = CURRENT.get();
    CURRENT.set(new RequestLanguage(Languages.supported(language), true));
    try {
      return work.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  /** Notes who the request is for (the engine's authenticated user); the first one noted counts. */
  public static void noteUser(String userId) {
    RequestLanguage request = CURRENT.get();
    if (request != null && request.user == null && userId != null) {
      request.user = userId;
      request.whenUserKnown.accept(userId);
    }
  }

  /** The language a request asks for: cookie, else {@code Accept-Language}, else the default. */
  static RequestLanguage of(HttpServletRequest request, Locale defaultLanguage) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && isSupportedTag(cookie.getValue())) {
          return new RequestLanguage(Languages.supported(cookie.getValue()), true);
        }
      }
    }
    Locale accepted = accepted(request.getHeader("Accept-Language"));
    return accepted == null ? new RequestLanguage(defaultLanguage, false) : new RequestLanguage(accepted, true);
  }

  /** The supported language the header ranks highest, or {@code null} if it names none. */
  static Locale accepted(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      Locale best = Locale.lookup(ranges, Languages.SUPPORTED);
      return best == null ? null : Languages.supported(best);
    } catch (IllegalArgumentException unreadable) {
      return null;
    }
  }

  private static boolean isSupportedTag(String tag) {
    return tag != null && Languages.SUPPORTED.stream()
        .anyMatch(l -> l.getLanguage().equals(Locale.forLanguageTag(tag.strip()).getLanguage()));
  }

  /** What to do once the request's person is known (at most once a request). */
  void whenUserKnown(java.util.function.Consumer<String> action) {
    this.whenUserKnown = action;
  }

  Locale language() {
    return language;
  }

  boolean chosen() {
    return chosen;
  }

  String user() {
    return user;
  }

  void enter() {
    CURRENT.set(this);
  }

  static void leave() {
    CURRENT.remove();
  }
}

package io.pmoflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RequestLanguageTest {

  @Test
  void theCookieOfTheLanguageSwitchWinsOverTheBrowsersLanguage() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setCookies(new Cookie(RequestLanguage.COOKIE, "ja"));
    request.addHeader("Accept-Language", "en-US,en;q=0.9");

    RequestLanguage language = RequestLanguage.of(request, Languages.ENGLISH);

    assertThat(language.language()).isEqualTo(Languages.JAPANESE);
    assertThat(language.chosen()).isTrue();
  }

  @Test
  void withoutCookieTheHighestRankedSupportedLanguageOfAcceptLanguage() {
    assertThat(RequestLanguage.accepted("ko-KR, ja;q=0.8, en;q=0.5")).isEqualTo(Languages.JAPANESE);
    assertThat(RequestLanguage.accepted("en-GB,ja;q=0.9")).isEqualTo(Languages.ENGLISH);
    assertThat(RequestLanguage.accepted("ja-JP")).isEqualTo(Languages.JAPANESE);
    assertThat(RequestLanguage.accepted("ko, fr;q=0.5")).isNull();
    assertThat(RequestLanguage.accepted("not a header;;q=x")).isNull();
  }

  @Test
  void aCookieWithAnotherLanguageOrNothingAtAllReadsTheDefault() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setCookies(new Cookie(RequestLanguage.COOKIE, "fr"));

    RequestLanguage language = RequestLanguage.of(request, Languages.JAPANESE);

    assertThat(language.language()).isEqualTo(Languages.JAPANESE);
    assertThat(language.chosen()).isFalse();
  }

  @Test
  void outsideARequestTheFallbackAndTheFirstNotedUserCounts() {
    assertThat(RequestLanguage.current(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    assertThat(RequestLanguage.isJapanese()).isFalse();
    RequestLanguage japanese = new RequestLanguage(Languages.JAPANESE, true);
    java.util.List<String> known = new java.util.ArrayList<>();
    japanese.whenUserKnown(known::add);
    japanese.enter();
    try {
      RequestLanguage.noteUser("paula");
      RequestLanguage.noteUser("demo");
      assertThat(RequestLanguage.current(Locale.ENGLISH)).isEqualTo(Languages.JAPANESE);
      assertThat(RequestLanguage.isJapanese()).isTrue();
      assertThat(japanese.user()).isEqualTo("paula");
      assertThat(known).as("the person is remembered once, while the request is served").containsExactly("paula");
    } finally {
      RequestLanguage.leave();
    }
  }
}

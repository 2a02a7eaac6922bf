package io.pmoflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.document.TestDocuments;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Texts in one language: messages from the bundles, dates as the language writes them, in the configured zone. */
class TextsTest {

  static final Instant DEADLINE = Instant.parse("2027-01-20T09:00:00Z");

  @Test
  void datesAndTimesAreWrittenAsTheLanguageWritesThemInTheConfiguredTimeZone() {
    LanguageTexts japanese = TestDocuments.texts().in(Locale.JAPAN);
    LanguageTexts english = TestDocuments.texts().in(Locale.ENGLISH);

    assertThat(japanese.date(LocalDate.parse("2027-01-20"))).isEqualTo("2027年1月20日");
    assertThat(japanese.dateTime(DEADLINE)).isEqualTo("2027年1月20日 18:00（Asia/Tokyo）"); // Asia/Tokyo, 9 hours ahead
    assertThat(english.date(LocalDate.parse("2027-01-20"))).isEqualTo("20 Jan 2027");
    assertThat(english.dateTime(DEADLINE)).isEqualTo("20 Jan 2027 18:00 (Asia/Tokyo)");
    assertThat(english.date(null)).isEmpty();
  }

  @Test
  void aLanguageOtherThanJapaneseReadsEnglishAndEachPersonTheirOwn() {
    Texts texts = TestDocuments.texts(userId -> "pia".equals(userId) ? Languages.JAPANESE : Languages.ENGLISH);

    assertThat(texts.in(Locale.KOREAN).language()).isEqualTo(Languages.ENGLISH);
    assertThat(texts.forPerson("pia").get("mail.notSet")).isEqualTo("（未設定）");
    assertThat(texts.forPerson("paula").get("mail.notSet")).isEqualTo("(not set)");
    // a quote in a text with arguments is written twice in the bundle and comes out once
    assertThat(texts.in(Locale.ENGLISH).get("spec.mail.body", "Ann", "t", "p", "P", "x", "u", "v"))
        .contains("Open the request's tasks in Tasklist: v");
  }

  @Test
  void everyTextExistsInBothLanguages() throws Exception {
    for (String bundle : List.of("documents", "mails")) {
      Properties english = load("i18n/" + bundle + ".properties");
      Properties japanese = load("i18n/" + bundle + "_ja.properties");
      assertThat(japanese.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
    }
  }

  private static Properties load(String path) throws Exception {
    Properties properties = new Properties();
    try (var in = new InputStreamReader(
        TextsTest.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}

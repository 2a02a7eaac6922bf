package io.pmoflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void aTagReadsAsTheSupportedLanguageOrEnglish() {
    assertThat(Languages.supported("ja-JP")).isEqualTo(Languages.JAPANESE);
    assertThat(Languages.supported("en-GB")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.supported("ko")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.supported(" ")).isEqualTo(Languages.ENGLISH);
  }

  @Test
  void japaneseDefaultsToTokyoTimeUnlessAZoneIsSet() {
    assertThat(new I18nSettings(Locale.JAPAN, null).timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(new I18nSettings(Locale.JAPAN, null).defaultLanguage()).isEqualTo(Languages.JAPANESE);
    assertThat(new I18nSettings(null, null).timeZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(new I18nSettings(Locale.ENGLISH, ZoneId.of("Asia/Seoul")).timeZone())
        .isEqualTo(ZoneId.of("Asia/Seoul"));
  }
}

package io.pmoflow.i18n;

import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pmoflow.i18n}: the language of people whose own language is not known yet, and the time
 * zone dates are shown in (unset: Asia/Tokyo when that language is Japanese, else UTC).
 */
@ConfigurationProperties("pmoflow.i18n")
public record I18nSettings(Locale defaultLanguage, ZoneId timeZone) {

  public I18nSettings {
    defaultLanguage = Languages.supported(defaultLanguage);
    if (timeZone == null) {
      timeZone = defaultLanguage.equals(Languages.JAPANESE) ? ZoneId.of("Asia/Tokyo") : ZoneId.of("UTC");
    }
  }
}

package io.pmoflow.i18n;

import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the webapps' language switch ({@code app/pmoflow/language.js}) needs before anyone has
 * logged in: the languages offered, the deployment's default language (for a browser in neither)
 * and the time zone in which dates and times are shown. Public, as the login page needs it; it
 * tells nothing about people or data.
 */
@RestController
class WebappLanguageSettingsController {

  static final String PATH = "/i18n/webapps";

  private final I18nSettings settings;

  WebappLanguageSettingsController(I18nSettings settings) {
    this.settings = settings;
  }

  @GetMapping(PATH)
  ResponseEntity<WebappLanguageSettings> settings() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .body(new WebappLanguageSettings(
            Languages.SUPPORTED.stream().map(Locale::getLanguage).toList(),
            settings.defaultLanguage().getLanguage(),
            settings.timeZone().getId()));
  }

  record WebappLanguageSettings(List<String> languages, String defaultLanguage, String timeZone) {}
}

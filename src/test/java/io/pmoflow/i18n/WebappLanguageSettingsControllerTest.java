package io.pmoflow.i18n;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class WebappLanguageSettingsControllerTest {

  @Test
  void tellsTheWebappsTheLanguagesTheDefaultAndTheZone() throws Exception {
    MockMvc mvc = MockMvcBuilders.standaloneSetup(
        new WebappLanguageSettingsController(new I18nSettings(Locale.JAPAN, null))).build();

    mvc.perform(get(WebappLanguageSettingsController.PATH))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.languages[0]").value("ja"))
        .andExpect(jsonPath("$.languages[1]").value("en"))
        .andExpect(jsonPath("$.defaultLanguage").value("ja"))
        .andExpect(jsonPath("$.timeZone").value("Asia/Tokyo"));
  }

  @Test
  void aConfiguredZoneIsTheOneShown() throws Exception {
    MockMvc mvc = MockMvcBuilders.standaloneSetup(
        new WebappLanguageSettingsController(new I18nSettings(Locale.ENGLISH, ZoneId.of("Europe/Berlin")))).build();

    mvc.perform(get(WebappLanguageSettingsController.PATH))
        .andExpect(jsonPath("$.defaultLanguage").value("en"))
        .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"));
  }
}

package io.pmoflow.i18n;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(I18nSettings.class)
class I18nConfiguration {

  /** Until a person's own choice is recorded, everyone reads the deployment's default language. */
  @Bean
  @ConditionalOnMissingBean(PersonLanguages.class)
  PersonLanguages defaultPersonLanguages(I18nSettings settings) {
    return userId -> settings.defaultLanguage();
  }
}

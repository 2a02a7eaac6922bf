package io.pmoflow.evaluation.environment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the environments to their database server: PMO Flow's own (embedded) or the one the settings name. */
@Configuration
@EnableConfigurationProperties(EnvironmentSettings.class)
class EnvironmentConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = "pmoflow.evaluation.environments.embedded-server.enabled", havingValue = "true")
  EmbeddedEnvironmentServer embeddedEnvironmentServer(EnvironmentSettings settings) {
    return new EmbeddedEnvironmentServer(settings);
  }

  @Bean
  @ConditionalOnProperty(name = "pmoflow.evaluation.environments.embedded-server.enabled", havingValue = "false", matchIfMissing = true)
  ExternalEnvironmentServer externalEnvironmentServer(EnvironmentSettings settings) {
    return new ExternalEnvironmentServer(settings);
  }

  @Bean
  EnvironmentDatabases environmentDatabases(EnvironmentServer server, DataSetCatalogue catalogue, EnvironmentSettings settings) {
    java.util.function.Supplier<String> key = () -> settings.maskingKey() == null || settings.maskingKey().isBlank()
        ? LocalSecrets.readOrCreate(settings.dataFolder().resolve("evaluation-masking.key"))
        : settings.maskingKey();
    return new EnvironmentDatabases(server, catalogue, new PersonalDataMasking(key));
  }
}

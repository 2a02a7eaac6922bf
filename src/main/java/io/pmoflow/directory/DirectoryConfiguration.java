package io.pmoflow.directory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the LDAP adapter to the configured directory (or to the embedded one, if that is on). */
@Configuration
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

  @Bean
  @ConditionalOnProperty(name = "pmoflow.directory.embedded-server.enabled", havingValue = "false", matchIfMissing = true)
  DirectoryConnections externalDirectoryConnections(DirectoryProperties properties) {
    return new DirectoryConnections(properties::url, properties);
  }

  @Bean
  AccountDirectory accountDirectory(DirectoryConnections connections, DirectoryProperties properties) {
    return new LdapAccountDirectory(connections, properties);
  }
}

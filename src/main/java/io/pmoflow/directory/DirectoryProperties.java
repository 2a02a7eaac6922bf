package io.pmoflow.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pmoflow.directory.*}: where the account directory is and how PMO Flow binds to it. With
 * the embedded server on (the default run and the tests) the URL is the embedded server's.
 */
@ConfigurationProperties("pmoflow.directory")
public record DirectoryProperties(
    String url,
    String bindDn,
    String password,
    String peopleBaseDn,
    String groupsBaseDn,
    int connectTimeoutMillis,
    Embedded embeddedServer) {

  public DirectoryProperties {
    if (connectTimeoutMillis <= 0) {
      connectTimeoutMillis = 3000;
    }
    if (embeddedServer == null) {
      embeddedServer = new Embedded(false, 0, null, null);
    }
  }

  /** UnboundID's in-memory LDAP server, started by the application and seeded from an LDIF. */
  public record Embedded(boolean enabled, int port, String baseDn, String ldif) {}
}

package io.pmoflow.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;

/**
 * For tests: the application's embedded LDAP server (seeded from its LDIF, hashing passwords as
 * configured) on a free port, and the LDAP adapter bound to it. Close it after the test.
 */
public final class InMemoryDirectory implements AutoCloseable {

  public static final String PEOPLE = "ou=people,dc=pmoflow,dc=example";
  public static final String GROUPS = "ou=groups,dc=pmoflow,dc=example";

  static final DirectoryProperties PROPERTIES =
      new DirectoryProperties(
          null,
          "cn=pmo-flow,dc=pmoflow,dc=example",
          "secret",
          PEOPLE,
          GROUPS,
          2000,
          new DirectoryProperties.Embedded(true, 0, "dc=pmoflow,dc=example", "classpath:ldap/directory-seed.ldif"));

  private final InMemoryDirectoryServer server;
  private final AccountDirectory directory;

  public InMemoryDirectory() throws Exception {
    EmbeddedDirectoryServer embedded = new EmbeddedDirectoryServer();
    server = embedded.inMemoryDirectoryServer(PROPERTIES);
    directory = new LdapAccountDirectory(embedded.directoryConnections(PROPERTIES, server), PROPERTIES);
  }

  /** The server itself, to plant or inspect entries behind the adapter's back. */
  public InMemoryDirectoryServer server() {
    return server;
  }

  public AccountDirectory directory() {
    return directory;
  }

  @Override
  public void close() {
    server.shutDown(true);
  }
}

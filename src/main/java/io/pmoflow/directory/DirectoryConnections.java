package io.pmoflow.directory;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import java.util.function.Supplier;

/**
 * Opens a bound connection per unit of work. No pool: provisioning is rare, and a fresh connection
 * notices at once that a directory went away or came back (retries and incidents depend on that).
 */
public class DirectoryConnections {

  private final Supplier<String> url;
  private final DirectoryProperties properties;

  public DirectoryConnections(Supplier<String> url, DirectoryProperties properties) {
    this.url = url;
    this.properties = properties;
  }

  public LDAPConnection open() throws LDAPException {
    LDAPURL ldapUrl = new LDAPURL(url.get());
    LDAPConnectionOptions options = new LDAPConnectionOptions();
    options.setConnectTimeoutMillis(properties.connectTimeoutMillis());
    options.setResponseTimeoutMillis(properties.connectTimeoutMillis() * 2L);
    LDAPConnection connection =
        ldapUrl.getScheme().equals("ldaps")
            ? new LDAPConnection(
                javax.net.ssl.SSLSocketFactory.getDefault(), options, ldapUrl.getHost(), ldapUrl.getPort())
            : new LDAPConnection(options, ldapUrl.getHost(), ldapUrl.getPort());
    try {
      connection.bind(properties.bindDn(), properties.password());
      return connection;
    } catch (LDAPException e) {
      connection.close();
      throw e;
    }
  }
}

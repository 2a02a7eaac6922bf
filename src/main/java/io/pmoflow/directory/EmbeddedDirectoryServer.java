package io.pmoflow.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.InMemoryPasswordEncoder;
import com.unboundid.ldap.listener.SaltedMessageDigestInMemoryPasswordEncoder;
import com.unboundid.ldap.listener.Base64PasswordEncoderOutputFormatter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The directory of the embedded run and the tests: UnboundID's in-memory server speaks real LDAPv3
 * on a local port (0 = a free one) and is seeded from an LDIF. It does not check the schema, so the
 * attributes the adapter writes (RFC 2307 {@code shadowExpire}, OpenLDAP ppolicy {@code
 * pwdAccountLockedTime}) need no schema files. Off in the postgres profile.
 *
 * <p>Like a production server (OpenLDAP hashes with {@code olcPasswordHash}, {@code {SSHA}} by
 * default), it hashes every password it is given: {@code {SSHA512}} (salted SHA-512, the format of
 * OpenLDAP's pw-sha2 module) for new ones; {@code {SSHA256}} and {@code {SSHA}} values are still
 * understood in binds. Without encoders UnboundID would store {@code userPassword} as sent.
 */
@Configuration
@ConditionalOnProperty(name = "pmoflow.directory.embedded-server.enabled", havingValue = "true")
class EmbeddedDirectoryServer {

  @Bean(destroyMethod = "shutDown")
  @SuppressWarnings("unused")
  InMemoryDirectoryServer inMemoryDirectoryServer(DirectoryProperties properties)
      throws LDAPException, IOException {
    DirectoryProperties.Embedded embedded = properties.embeddedServer();
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(embedded.baseDn());
    config.addAdditionalBindCredentials(properties.bindDn(), properties.password());
    config.setSchema(null);
    config.setPasswordEncoders(saltedSha("{SSHA512}", "SHA-512"), saltedSha("{SSHA256}", "SHA-256"), saltedSha("{SSHA}", "SHA-1"));
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig(
            "default", InetAddress.getLoopbackAddress(), embedded.port(), null));
    InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
    try (InputStream in = new DefaultResourceLoader().getResource(embedded.ldif()).getInputStream()) {
      server.importFromLDIF(true, new LDIFReader(in));
    }
    server.startListening();
    return server;
  }

  /** OpenLDAP's salted SHA layout: base64(digest(password + salt) + salt). */
  private static InMemoryPasswordEncoder saltedSha(String scheme, String algorithm) {
    try {
      return new SaltedMessageDigestInMemoryPasswordEncoder(
          scheme, Base64PasswordEncoderOutputFormatter.getInstance(), MessageDigest.getInstance(algorithm), 16, true, true);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  @Bean
  DirectoryConnections directoryConnections(
      DirectoryProperties properties, InMemoryDirectoryServer server) {
    return new DirectoryConnections(
        () -> "ldap://127.0.0.1:" + server.getListenPort(), properties);
  }
}

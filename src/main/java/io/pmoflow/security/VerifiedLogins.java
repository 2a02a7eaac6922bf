package io.pmoflow.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic logins to the API verified a moment ago, with the user's groups: a client that sends
 * the same user and password again within {@code pmoflow.security.login-cache-time} (default 60 s;
 * zero turns it off) is not checked against the password hash and the memberships again. Keyed by
 * an HMAC of user and password under a key made at start-up and never stored, so the memory holds
 * no password and no hash a stolen heap dump could be tried against offline. A change to the user,
 * its memberships or any group forgets the user's entries ({@link ForgettingIdentityProvider}); see
 * docs/security.md, "Logging in", for what this costs.
 */
@Component
public class VerifiedLogins {

  private static final int MOST_ENTRIES = 10_000;

  record Entry(String userId, List<String> groups, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong version = new AtomicLong();
  private final Duration time;
  private final Clock clock;
  private final SecretKeySpec key;

  VerifiedLogins(@Value("${pmoflow.security.login-cache-time:PT60S}") Duration time, Clock clock) {
    this.time = time;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The groups of this login if it was verified within the cache time; else null. */
  List<String> groupsIfVerified(BasicCredentials credentials) {
    if (time.isZero()) {
      return null;
    }
    Entry entry = entries.get(keyOf(credentials));
    if (entry == null || !entry.userId().equals(credentials.user()) || !clock.instant().isBefore(entry.expires())) {
      return null;
    }
    return entry.groups();
  }

  /** A number that changes whenever a login is forgotten: read it before verifying a login. */
  long version() {
    return version.get();
  }

  /**
   * Notes a login the identity service has just verified, with the user's groups, unless the
   * identity changed since {@code versionBeforeCheck} (the check may have read what is now old).
   */
  void remember(BasicCredentials credentials, List<String> groups, long versionBeforeCheck) {
    if (time.isZero() || version.get() != versionBeforeCheck) {
      return;
    }
    Instant now = clock.instant();
    if (entries.size() >= MOST_ENTRIES) {
      entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
      if (entries.size() >= MOST_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(keyOf(credentials), new Entry(credentials.user(), List.copyOf(groups), now.plus(time)));
  }

  /** Forgets every login of this user: the next request checks password and groups again. */
  public void forget(String userId) {
    version.incrementAndGet();
    entries.values().removeIf(entry -> entry.userId().equals(userId));
  }

  /** Forgets every login (a group changed: any user's groups may have). */
  public void forgetAll() {
    version.incrementAndGet();
    entries.clear();
  }

  private String keyOf(BasicCredentials credentials) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(credentials.user().getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder().encodeToString(mac.doFinal(credentials.password().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}

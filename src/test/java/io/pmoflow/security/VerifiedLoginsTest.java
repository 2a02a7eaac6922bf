package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedLoginsTest {

  static final BasicCredentials PETER = new BasicCredentials("peter", "secret");

  final MovingClock clock = new MovingClock();
  final VerifiedLogins logins = new VerifiedLogins(Duration.ofSeconds(60), clock);

  @Test
  void aLoginIsRememberedWithItsGroupsUntilTheCacheTimeIsOver() {
    logins.remember(PETER, List.of("pm"), logins.version());
    assertThat(logins.groupsIfVerified(PETER)).containsExactly("pm");
    clock.now = clock.now.plusSeconds(59);
    assertThat(logins.groupsIfVerified(PETER)).containsExactly("pm");
    clock.now = clock.now.plusSeconds(1);
    assertThat(logins.groupsIfVerified(PETER)).isNull();
  }

  @Test
  void onlyTheSameUserAndPasswordMatch() {
    logins.remember(PETER, List.of("pm"), logins.version());
    assertThat(logins.groupsIfVerified(new BasicCredentials("peter", "secreT"))).isNull();
    assertThat(logins.groupsIfVerified(new BasicCredentials("peter", "secret "))).isNull();
    assertThat(logins.groupsIfVerified(new BasicCredentials("paula", "secret"))).isNull();
    // user and password are not just glued together
    logins.remember(new BasicCredentials("ab", "c"), List.of(), logins.version());
    assertThat(logins.groupsIfVerified(new BasicCredentials("a", "bc"))).isNull();
  }

  @Test
  void aForgottenUserIsCheckedAgain() {
    logins.remember(PETER, List.of("pm"), logins.version());
    logins.remember(new BasicCredentials("paula", "x"), List.of("pmo"), logins.version());
    logins.forget("peter");
    assertThat(logins.groupsIfVerified(PETER)).isNull();
    assertThat(logins.groupsIfVerified(new BasicCredentials("paula", "x"))).containsExactly("pmo");
    logins.forgetAll();
    assertThat(logins.groupsIfVerified(new BasicCredentials("paula", "x"))).isNull();
  }

  @Test
  void aCheckMadeBeforeAChangeIsNotRemembered() {
    long before = logins.version();
    logins.forget("someone");
    logins.remember(PETER, List.of("pm"), before);
    assertThat(logins.groupsIfVerified(PETER)).isNull();
  }

  @Test
  void aCacheTimeOfZeroRemembersNothing() {
    VerifiedLogins off = new VerifiedLogins(Duration.ZERO, clock);
    off.remember(PETER, List.of("pm"), off.version());
    assertThat(off.groupsIfVerified(PETER)).isNull();
  }

  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-12-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

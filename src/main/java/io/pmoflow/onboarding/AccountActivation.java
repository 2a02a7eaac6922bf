package io.pmoflow.onboarding;

import io.pmoflow.security.OneTimeTokens;
import io.pmoflow.i18n.Text;
import io.pmoflow.directory.AccountDirectory;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Redeems a one-time activation token: the member sets the password of their account. */
@Service
public class AccountActivation {

  public static final int MIN_PASSWORD_LENGTH = 12;

  private final VendorMemberRepository members;
  private final AccountDirectory directory;
  private final IdentityService identity;
  private final Clock clock;

  AccountActivation(VendorMemberRepository members, AccountDirectory directory, IdentityService identity, Clock clock) {
    this.members = members;
    this.directory = directory;
    this.identity = identity;
    this.clock = clock;
  }

  /** Returns the user name on success; empty if the token is unknown, used or expired. */
  @Transactional
  public java.util.Optional<String> activate(String token, String password) {
    if (token == null || token.isBlank()) {
      return java.util.Optional.empty();
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(Text.of("activation.too-short", String.valueOf(MIN_PASSWORD_LENGTH)).inRequestLanguage());
    }
    VendorMember member = members.findByActivationTokenHash(OneTimeTokens.hash(token)).orElse(null);
    if (member == null
        || member.getStatus() != MemberStatus.ACTIVE
        || member.getActivationExpiresAt().isBefore(clock.instant())) {
      return java.util.Optional.empty();
    }
    directory.setPassword(member.getUsername(), password);
    User user = identity.createUserQuery().userId(member.getUsername()).singleResult();
    if (user != null) {
      user.setPassword(password);
      identity.saveUser(user);
    }
    member.activate(clock.instant());
    return java.util.Optional.of(member.getUsername());
  }
}

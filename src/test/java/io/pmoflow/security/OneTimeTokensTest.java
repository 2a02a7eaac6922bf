package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OneTimeTokensTest {

  @Test
  void aSealedSecretOpensWithItsTokenOnly() {
    String token = OneTimeTokens.newToken();
    String sealed = OneTimeTokens.seal(token, "s3cret password");
    assertThat(sealed).doesNotContain("s3cret").isNotEqualTo(OneTimeTokens.seal(token, "s3cret password"));
    assertThat(OneTimeTokens.unseal(token, sealed)).isEqualTo("s3cret password");
    assertThatThrownBy(() -> OneTimeTokens.unseal(OneTimeTokens.newToken(), sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void tokensAreNewEachTimeAndStoredAsTheirHash() {
    String token = OneTimeTokens.newToken();
    assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(OneTimeTokens.newToken());
    assertThat(OneTimeTokens.hash(token)).matches("[0-9a-f]{64}").isEqualTo(OneTimeTokens.hash(token));
  }
}

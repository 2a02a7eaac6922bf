package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class ConfiguredAdministratorTest {

  IdentityAccounts accounts = mock(IdentityAccounts.class);

  @Test
  void aServerWithoutAnyAdministratorRefusesToStartAndSaysWhatToSet() {
    when(accounts.groupHasMembers(PmoGroups.PMO_ADMIN)).thenReturn(false);

    assertThatThrownBy(() -> new ConfiguredAdministrator(accounts, "", "").ensureAdministrator())
        .hasMessageContaining("PMOFLOW_ADMIN_USER")
        .hasMessageContaining("PMOFLOW_ADMIN_PASSWORD");
  }

  @Test
  void onceAnAdministratorExistsTheSettingsMayBeRemoved() {
    when(accounts.groupHasMembers(PmoGroups.PMO_ADMIN)).thenReturn(true);

    assertThatCode(() -> new ConfiguredAdministrator(accounts, "", "").ensureAdministrator())
        .doesNotThrowAnyException();
  }
}

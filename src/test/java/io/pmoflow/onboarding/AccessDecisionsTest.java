package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How routes and approvers' decisions are recorded on a grant. */
class AccessDecisionsTest {

  AccessGrantRepository grants = mock(AccessGrantRepository.class);
  Clock clock = Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC);
  AccessDecisions decisions = new AccessDecisions(grants, mock(VendorMemberRepository.class), mock(VendorRepository.class), clock);
  AccessGrant grant =
      new AccessGrant(1L, new SystemRole("user", "VPN user", AccessLevel.READ, "vpn-users"), "remote work",
          LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), clock.instant());

  @Test
  void anAutomaticRouteIsAnApprovalWithItsRuleAsReason() {
    when(grants.findById(7L)).thenReturn(Optional.of(grant));
    decisions.route(7L, "AUTO", "PMO authority (rule LOW): low-sensitivity system");
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.APPROVED);
    assertThat(grant.getDecisionReason()).startsWith("PMO authority");
    assertThat(grant.getDecidedAt()).isEqualTo(clock.instant());
  }

  @Test
  void securityApprovalOfACriticalRequestWaitsForThePm() {
    when(grants.findById(7L)).thenReturn(Optional.of(grant));
    decisions.route(7L, "SECURITY_AND_PM", "Critical system");
    decisions.decide(7L, true, "ok from security", "sam", false);
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.REQUESTED);
    assertThat(grant.getDecidedBy()).isEqualTo("sam");
    decisions.decide(7L, true, null, "peter", true);
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.APPROVED);
    assertThat(grant.getDecidedBy()).isEqualTo("peter");
  }

  @Test
  void aRejectionNeedsAReason() {
    when(grants.findById(7L)).thenReturn(Optional.of(grant));
    assertThatThrownBy(() -> decisions.decide(7L, false, " ", "sam", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    decisions.decide(7L, false, "No VPN for this role", "sam", true);
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.REJECTED);
    assertThat(grant.getDecisionReason()).isEqualTo("No VPN for this role");
  }
}

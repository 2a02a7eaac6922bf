package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** How routes and approvers' decisions are recorded on a grant. */
class AccessDecisionsTest {

  AccessGrantRepository grants = mock(AccessGrantRepository.class);
  Clock clock = Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC);
  AccessDecisionRepository trail = mock(AccessDecisionRepository.class);
  VendorMemberRepository members = mock(VendorMemberRepository.class);
  VendorRepository vendors = mock(VendorRepository.class);
  OnboardingMails mails = mock(OnboardingMails.class);
  AccessDecisions decisions = new AccessDecisions(grants, trail, members, vendors, mails, clock);
  AccessGrant grant =
      new AccessGrant(1L, new SystemRole("user", "VPN user", AccessLevel.READ, "vpn-users"), "remote work",
          LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), clock.instant());

  @Test
  void anAutomaticRouteIsAnApprovalWithItsRuleAsReason() {
    when(grants.findById(7L)).thenReturn(Optional.of(grant));
    decisions.route(grant, new AccessRoute("AUTO", "PMO authority (rule LOW): low-sensitivity system",
        "System sensitivity: LOW; Role's access level: READ; Member type: EMPLOYEE", "access-approval version 2"));
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.APPROVED);
    assertThat(grant.getDecisionReason()).startsWith("PMO authority");
    assertThat(grant.getDecidedAt()).isEqualTo(clock.instant());
    assertThat(grant.getDecidedBy()).isEqualTo(AccessDecisions.DELEGATED_AUTHORITY);
    // the audit: which rule of which version, and what the table read, in words
    assertThat(grant.getApprovalRule()).isEqualTo("PMO authority (rule LOW): low-sensitivity system");
    assertThat(grant.getApprovalInputs()).contains("System sensitivity: LOW", "Member type: EMPLOYEE");
    assertThat(grant.getApprovalTable()).isEqualTo("access-approval version 2");
    ArgumentCaptor<AccessDecision> saved = ArgumentCaptor.forClass(AccessDecision.class);
    verify(trail).save(saved.capture());
    assertThat(saved.getValue().inWords()).startsWith("PMO authority: approved by " + AccessDecisions.DELEGATED_AUTHORITY);
  }

  @Test
  void aRequestMadeWithoutARouteIsRoutedByTheTableWhenItsMembersCaseLoadsIt() {
    AccessGrant unrouted = new AccessGrant(1L, wikiReader(), "documentation", LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 6, 30), clock.instant());
    decisions.route(grant, route("SECURITY", "Highly sensitive system: security approves"));
    VendorMember member = mock(VendorMember.class);
    when(member.getMemberType()).thenReturn(MemberType.EMPLOYEE);
    when(members.findById(1L)).thenReturn(Optional.of(member));
    when(grants.findByMemberIdAndStatusOrderById(1L, GrantStatus.REQUESTED)).thenReturn(List.of(grant, unrouted));
    AccessRouting.Table table = mock(AccessRouting.Table.class);
    when(table.route(Sensitivity.LOW, AccessLevel.READ, MemberType.EMPLOYEE)).thenReturn(
        new AccessRoute("AUTO", "PMO authority (rule LOW): low-sensitivity system", "System sensitivity: LOW", "access-approval version 3"));

    decisions.routeUnrouted(1L, () -> table);

    assertThat(unrouted.getStatus()).isEqualTo(GrantStatus.APPROVED);
    assertThat(unrouted.getApprovalTable()).isEqualTo("access-approval version 3");
    assertThat(grant.getApprovalRoute()).as("a request with its route keeps it").isEqualTo("SECURITY");
    verify(table, times(1)).route(any(), any(), any());
  }

  @Test
  void noTableIsReadWhenEveryOpenRequestHasItsRoute() {
    decisions.route(grant, route("SECURITY", "Highly sensitive system: security approves"));
    when(grants.findByMemberIdAndStatusOrderById(1L, GrantStatus.REQUESTED)).thenReturn(List.of(grant));
    decisions.routeUnrouted(1L, () -> {
      throw new AssertionError("the table was read");
    });
    assertThat(grant.getApprovalRoute()).isEqualTo("SECURITY");
  }

  static SystemRole wikiReader() {
    AccessSystem wiki = mock(AccessSystem.class);
    when(wiki.getSensitivity()).thenReturn(Sensitivity.LOW);
    SystemRole reader = mock(SystemRole.class);
    when(reader.getSystem()).thenReturn(wiki);
    when(reader.getAccessLevel()).thenReturn(AccessLevel.READ);
    return reader;
  }

  @Test
  void aRouteToPeopleLeavesTheRequestOpenWithItsRuleForTheirForm() {
    decisions.route(grant, route("SECURITY", "Highly sensitive system: security approves"));
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.REQUESTED);
    assertThat(grant.getApprovalRoute()).isEqualTo("SECURITY");
    assertThat(grant.getApprovalRule()).isEqualTo("Highly sensitive system: security approves");
    assertThat(grant.getDecidedBy()).isNull();
    verify(trail, never()).save(any());
  }

  @Test
  void securityApprovalOfACriticalRequestWaitsForThePm() {
    when(grants.findById(7L)).thenReturn(Optional.of(grant));
    decisions.route(grant, route("SECURITY_AND_PM", "Critical system"));
    decisions.decide(7L, AccessDecision.SECURITY, true, "ok from security", "sam", false);
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.REQUESTED);
    assertThat(grant.getDecidedBy()).isEqualTo("sam");
    decisions.decide(7L, AccessDecision.PM, true, null, "peter", true);
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.APPROVED);
    assertThat(grant.getDecidedBy()).isEqualTo("peter");
  }

  @Test
  void aRejectionNeedsAReason() {
    when(grants.findById(7L)).thenReturn(Optional.of(grant));
    assertThatThrownBy(() -> decisions.decide(7L, AccessDecision.SECURITY, false, " ", "sam", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    VendorMember member = mock(VendorMember.class);
    when(member.getVendorId()).thenReturn(3L);
    Vendor vendor = mock(Vendor.class);
    when(members.findById(1L)).thenReturn(Optional.of(member));
    when(vendors.findById(3L)).thenReturn(Optional.of(vendor));
    when(trail.save(any())).thenAnswer(call -> call.getArgument(0));

    decisions.decide(7L, AccessDecision.SECURITY, false, "No VPN for this role", "sam", true);
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.REJECTED);
    assertThat(grant.getDecisionReason()).isEqualTo("No VPN for this role");
    // the trail keeps the decision, and the PMO is told who rejected and why
    ArgumentCaptor<AccessDecision> decision = ArgumentCaptor.forClass(AccessDecision.class);
    verify(mails).accessRejected(eq(vendor), eq(member), eq(grant), decision.capture());
    assertThat(decision.getValue().inWords()).isEqualTo("security: rejected by sam (No VPN for this role)");
  }

  @Test
  void everyStageIsKeptInTheTrailAndAnApprovalTellsNobody() {
    when(grants.findById(7L)).thenReturn(Optional.of(grant));
    when(trail.save(any())).thenAnswer(call -> call.getArgument(0));
    decisions.route(grant, route("SECURITY_AND_PM", "Critical system"));
    decisions.decideAsSecurity(7L, true, "ok from security", "sam");
    decisions.decideAsPm(7L, true, "needed", "peter");
    ArgumentCaptor<AccessDecision> saved = ArgumentCaptor.forClass(AccessDecision.class);
    verify(trail, org.mockito.Mockito.times(2)).save(saved.capture());
    assertThat(saved.getAllValues()).extracting(AccessDecision::inWords)
        .containsExactly("security: approved by sam (ok from security)", "PM: approved by peter (needed)");
    verify(mails, never()).accessRejected(any(), any(), any(), any());
  }

  private static AccessRoute route(String route, String rule) {
    return new AccessRoute(route, rule, "System sensitivity: CRITICAL; Role's access level: READ; Member type: EMPLOYEE",
        "access-approval version 1");
  }
}

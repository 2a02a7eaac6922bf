package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pmoflow.document.TestDocuments;
import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.security.People;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class OnboardingMailsTest {

  MailOutbox outbox = mock(MailOutbox.class);
  People people = mock(People.class);
  VendorMemberRepository members = mock(VendorMemberRepository.class);
  AccessGrantRepository grants = mock(AccessGrantRepository.class);
  AccessDecisionRepository decisions = mock(AccessDecisionRepository.class);
  OnboardingMails mails = new OnboardingMails(outbox, people, members, grants, decisions, TestDocuments.texts(),
      "https://pmo.example.org");

  @Test
  void aSmallVendorsSummaryListsEveryMember() {
    String body = summaryOf(vendorWith(3));

    assertThat(body).contains("Member 1 (", "Member 2 (", "Member 3 (").doesNotContain("more members");
  }

  @Test
  void aLargeVendorsSummaryStopsAtAMembersEndAndSaysWhereTheRestIs() {
    String body = summaryOf(vendorWith(500));

    assertThat(body.length()).isLessThan(100_000); // what the outbox holds
    int listed = (int) LongStream.rangeClosed(1, 500).filter(i -> body.contains("Member " + i + " (")).count();
    assertThat(listed).isBetween(100, 499);
    assertThat(body).contains("Member " + listed + " (").doesNotContain("Member " + (listed + 1) + " (")
        .contains("and " + (500 - listed) + " more members: the whole list is at https://pmo.example.org/pmo/vendors/7");
  }

  private String summaryOf(Vendor vendor) {
    mails.summary(vendor, "onboarding");
    ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
    verify(outbox).enqueue(mail.capture());
    return mail.getValue().body();
  }

  private Vendor vendorWith(int count) {
    Vendor vendor = mock(Vendor.class);
    when(vendor.getId()).thenReturn(7L);
    when(vendor.getCompany()).thenReturn("Initech");
    when(vendor.getContractNumber()).thenReturn("C-7");
    when(vendor.getContractEnd()).thenReturn(LocalDate.of(2027, 6, 30));
    when(vendor.getSponsor()).thenReturn("peter");
    when(vendor.getLeadEmail()).thenReturn("lead@initech.example");
    when(vendor.language()).thenReturn(Locale.ENGLISH);
    when(people.user(anyString())).thenReturn(Optional.empty());
    List<VendorMember> list = new ArrayList<>();
    List<AccessGrant> grantList = new ArrayList<>();
    SystemRole wiki = role("Wiki", "Reader");
    SystemRole jira = role("Jira", "User");
    for (long i = 1; i <= count; i++) {
      VendorMember member = mock(VendorMember.class);
      when(member.getId()).thenReturn(i);
      when(member.getName()).thenReturn("Member " + i);
      when(member.getUsername()).thenReturn("initech-m" + i);
      when(member.getStatus()).thenReturn(MemberStatus.ACTIVE);
      list.add(member);
      grantList.add(grant(i, wiki));
      grantList.add(grant(i, jira));
    }
    when(members.findByVendorIdOrderById(7L)).thenReturn(list);
    when(grants.findOfVendorOrderById(7L)).thenReturn(grantList);
    return vendor;
  }

  private static SystemRole role(String system, String role) {
    AccessSystem accessSystem = mock(AccessSystem.class);
    when(accessSystem.getName()).thenReturn(system);
    SystemRole systemRole = mock(SystemRole.class);
    when(systemRole.getSystem()).thenReturn(accessSystem);
    when(systemRole.getName()).thenReturn(role);
    return systemRole;
  }

  private static AccessGrant grant(long memberId, SystemRole role) {
    AccessGrant grant = mock(AccessGrant.class);
    when(grant.getMemberId()).thenReturn(memberId);
    when(grant.getRole()).thenReturn(role);
    when(grant.getStatus()).thenReturn(GrantStatus.PROVISIONED);
    when(grant.getValidFrom()).thenReturn(LocalDate.of(2026, 12, 1));
    when(grant.getValidUntil()).thenReturn(LocalDate.of(2027, 6, 30));
    return grant;
  }
}

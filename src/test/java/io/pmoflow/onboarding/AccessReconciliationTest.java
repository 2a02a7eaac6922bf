package io.pmoflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.pmoflow.directory.AccountDirectory;
import io.pmoflow.directory.DirectoryAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What counts as orphaned access: no live grant explains the account or the membership. */
class AccessReconciliationTest {

  AccountDirectory directory = mock(AccountDirectory.class);
  AccessGrantRepository grants = mock(AccessGrantRepository.class);
  VendorMemberRepository members = mock(VendorMemberRepository.class);
  AccessReconciliation reconciliation = new AccessReconciliation(directory, grants, members);

  SystemRole wikiReader = new SystemRole("reader", "Reader", AccessLevel.READ, "wiki-readers");
  SystemRole gitDeveloper = new SystemRole("developer", "Developer", AccessLevel.WRITE, "git-developers");

  @Test
  void accountsAndMembershipsWithoutALiveGrantAreOrphans() {
    VendorMember ann = member(1L, "acme-ann");
    AccessGrant annWiki = grant(1L, wikiReader);
    annWiki.decide(true, "pmo-flow", Instant.now(), "rule");
    annWiki.provisioned(Instant.now());
    when(grants.findByStatusIn(any())).thenReturn(List.of(annWiki));
    when(members.findById(1L)).thenReturn(Optional.of(ann));
    when(directory.listAccounts()).thenReturn(List.of(account("acme-ann"), account("acme-gone")));
    when(directory.listMemberships()).thenReturn(Map.of(
        "wiki-readers", Set.of("acme-ann", "sam"),
        "git-developers", Set.of("acme-ann", "acme-gone")));

    assertThat(reconciliation.orphans()).containsExactlyInAnyOrder(
        "account acme-gone (acme-gone@acme.example): no live grant",
        "membership of acme-ann in group git-developers: no provisioned grant",
        "membership of acme-gone in group git-developers: no provisioned grant");
  }

  @Test
  void aRemovedMembersGrantExplainsNothing() {
    VendorMember ann = member(1L, "acme-ann");
    ann.remove(Instant.now());
    AccessGrant annWiki = grant(1L, wikiReader);
    annWiki.decide(true, "sam", Instant.now(), "ok");
    annWiki.provisioned(Instant.now());
    when(grants.findByStatusIn(any())).thenReturn(List.of(annWiki));
    when(members.findById(1L)).thenReturn(Optional.of(ann));
    when(directory.listAccounts()).thenReturn(List.of(account("acme-ann")));
    when(directory.listMemberships()).thenReturn(Map.of("wiki-readers", Set.of("acme-ann")));

    assertThat(reconciliation.orphans()).hasSize(2);
  }

  @Test
  void activationTokensAreStoredAsTheirSha256() {
    assertThat(ActivationTokens.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  private static VendorMember member(long vendorId, String username) {
    return new VendorMember(vendorId,
        new NewMember("Ann Archer", "ann@acme.example", "Developer", MemberType.EMPLOYEE, List.of()),
        username, Instant.now());
  }

  private static AccessGrant grant(long memberId, SystemRole role) {
    return new AccessGrant(memberId, role, "needed", LocalDate.now(), LocalDate.now().plusMonths(3), Instant.now());
  }

  private static DirectoryAccount account(String uid) {
    return DirectoryAccount.active(uid, uid, uid + "@acme.example", LocalDate.now().plusMonths(3));
  }
}

package io.pmoflow.onboarding;

import io.pmoflow.security.OneTimeTokens;
import io.pmoflow.i18n.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

import io.pmoflow.directory.AccountDirectory;
import io.pmoflow.directory.DirectoryAccount;
import io.pmoflow.directory.InMemoryDirectory;
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
    annReadsTheWikiByRule();
    when(directory.listAccounts()).thenReturn(List.of(account("acme-ann"), account("acme-gone")));
    when(directory.listMemberships()).thenReturn(Map.of(
        "wiki-readers", Set.of("acme-ann", "sam"),
        "git-developers", Set.of("acme-ann", "acme-gone")));

    assertThat(reconciliation.orphans()).extracting(Text::toString).containsExactlyInAnyOrder(
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
  void anAccountInTheVendorTreeWithoutTheVendorMarkerIsReportedByARealDirectory() throws Exception {
    try (InMemoryDirectory ldap = new InMemoryDirectory()) {
      String people = InMemoryDirectory.PEOPLE;
      AccessReconciliation real = new AccessReconciliation(ldap.directory(), grants, members);
      annReadsTheWikiByRule();
      when(members.existsByUsername("acme-bob")).thenReturn(true);
      ldap.directory().ensureAccount(account("acme-ann"));
      ldap.directory().ensureMembership("acme-ann", "wiki-readers");
      assertThat(real.orphans()).isEmpty();

      // made by hand, given access by hand; and a removed member's account re-marked as staff
      ldap.server().add("dn: uid=acme-eve," + people, "objectClass: inetOrgPerson", "uid: acme-eve",
          "cn: Eve Extra", "sn: Extra", "mail: eve@acme.example", "userPassword: chosen-by-hand");
      ldap.directory().ensureMembership("acme-eve", "git-developers");
      ldap.directory().ensureAccount(account("acme-bob"));
      ldap.server().modify("uid=acme-bob," + people, new Modification(ModificationType.REPLACE, "employeeType", "staff"));

      assertThat(real.orphans()).extracting(Text::toString).containsExactlyInAnyOrder(
          "account acme-bob (acme-bob@acme.example) in the vendor accounts' tree lacks the vendor marker"
              + " (employeeType: staff): a vendor member's account was tampered with; entry uid=acme-bob," + people
              + "; groups: none",
          "account acme-eve (eve@acme.example) in the vendor accounts' tree lacks the vendor marker"
              + " (no employeeType): made by hand or tampered with; entry uid=acme-eve," + people
              + "; groups: git-developers");
    }
  }

  @Test
  void activationTokensAreStoredAsTheirSha256() {
    assertThat(OneTimeTokens.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  /** Member 1, acme-ann, holds a provisioned grant for the wiki-readers group. */
  private void annReadsTheWikiByRule() {
    AccessGrant annWiki = grant(1L, wikiReader);
    annWiki.decide(true, "pmo-flow", Instant.now(), "rule");
    annWiki.provisioned(Instant.now());
    when(grants.findByStatusIn(any())).thenReturn(List.of(annWiki));
    when(members.findById(1L)).thenReturn(Optional.of(member(1L, "acme-ann")));
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

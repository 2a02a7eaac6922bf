package io.pmoflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPBindException;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LDAP adapter against a real LDAP server (UnboundID in-memory, seeded from the app's LDIF). */
class LdapAccountDirectoryTest {

  static final String PEOPLE = InMemoryDirectory.PEOPLE;
  static final String GROUPS = InMemoryDirectory.GROUPS;

  DirectoryProperties properties = InMemoryDirectory.PROPERTIES;
  InMemoryDirectory ldap;
  InMemoryDirectoryServer server;
  AccountDirectory directory;

  @BeforeEach
  void startServer() throws Exception {
    ldap = new InMemoryDirectory();
    server = ldap.server();
    directory = ldap.directory();
  }

  @AfterEach
  void stopServer() {
    ldap.close();
  }

  @Test
  void ensureAccountTwiceMakesOneEntryWithExpiryAndVendorMark() throws Exception {
    DirectoryAccount account =
        DirectoryAccount.active("acme-ann", "Ann Archer", "ann@acme.example", LocalDate.of(2027, 3, 31));
    directory.ensureAccount(account);
    directory.ensureAccount(account);

    List<SearchResultEntry> entries =
        server.search(PEOPLE, SearchScope.SUB, Filter.createEqualityFilter("uid", "acme-ann")).getSearchEntries();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).getAttributeValue("mail")).isEqualTo("ann@acme.example");
    assertThat(entries.get(0).getAttributeValue("employeeType")).isEqualTo("vendor");
    assertThat(entries.get(0).getAttributeValueAsLong("shadowExpire"))
        .isEqualTo(LocalDate.of(2027, 3, 31).toEpochDay());
    assertThat(directory.listAccounts()).extracting(DirectoryAccount::uid).containsExactly("acme-ann");
  }

  @Test
  void aGroupOwnedWholeHoldsExactlyTheGivenMembersAndIsDeletedOnce() throws Exception {
    directory.ensureGroup("evaluation-ev1_bi", List.of("ann", "bob"));
    directory.ensureGroup("evaluation-ev1_bi", List.of("bob", "cy"));
    assertThat(server.getEntry("cn=evaluation-ev1_bi," + GROUPS).getAttributeValues("member"))
        .containsExactlyInAnyOrder("uid=bob," + PEOPLE, "uid=cy," + PEOPLE);
    assertThat(directory.listMemberships()).containsEntry("evaluation-ev1_bi", java.util.Set.of("bob", "cy"));

    assertThat(directory.deleteGroup("evaluation-ev1_bi")).isTrue();
    assertThat(directory.deleteGroup("evaluation-ev1_bi")).isFalse();
    assertThat(server.getEntry("cn=evaluation-ev1_bi," + GROUPS)).isNull();
    assertThatThrownBy(() -> directory.ensureGroup("empty", List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void membersAddedAtOnceToAGroupNotYetThereAllGetIn() throws Exception {
    int members = 16;
    for (int i = 0; i < members; i++) {
      directory.ensureAccount(DirectoryAccount.active("acme-m" + i, "Member " + i, "m" + i + "@acme.example", LocalDate.of(2027, 1, 1)));
    }
    // as the job executor's threads do when a team's grants run together: each finds no group and makes it
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(members);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<?>> adds = new java.util.ArrayList<>();
    for (int i = 0; i < members; i++) {
      String uid = "acme-m" + i;
      adds.add(threads.submit(() -> {
        start.await();
        directory.ensureMembership(uid, "wiki-together");
        return null;
      }));
    }
    start.countDown();
    for (java.util.concurrent.Future<?> add : adds) {
      add.get(); // a refusal would be thrown here
    }
    threads.shutdown();
    assertThat(server.getEntry("cn=wiki-together," + GROUPS).getAttributeValues("member")).hasSize(members);
  }

  @Test
  void membershipsAreIdempotentAndAnEmptyGroupGoes() throws Exception {
    directory.ensureAccount(DirectoryAccount.active("acme-ann", "Ann Archer", "ann@acme.example", LocalDate.of(2027, 1, 1)));
    directory.ensureAccount(DirectoryAccount.active("acme-bob", "Bob Baker", "bob@acme.example", LocalDate.of(2027, 1, 1)));
    directory.ensureMembership("acme-ann", "git-developers");
    directory.ensureMembership("acme-ann", "git-developers");
    directory.ensureMembership("acme-bob", "git-developers");

    SearchResultEntry group = server.getEntry("cn=git-developers," + GROUPS);
    assertThat(group.getAttributeValues("member"))
        .containsExactlyInAnyOrder("uid=acme-ann," + PEOPLE, "uid=acme-bob," + PEOPLE);
    assertThat(directory.listMemberships().get("git-developers")).containsExactly("acme-ann", "acme-bob");

    directory.removeMembership("acme-ann", "git-developers");
    directory.removeMembership("acme-ann", "git-developers");
    assertThat(server.getEntry("cn=git-developers," + GROUPS).getAttributeValues("member"))
        .containsExactly("uid=acme-bob," + PEOPLE);
    directory.removeMembership("acme-bob", "git-developers");
    assertThat(server.getEntry("cn=git-developers," + GROUPS)).isNull();
  }

  @Test
  void disableLocksAndEnsureAccountUnlocksAndMovesExpiry() throws Exception {
    DirectoryAccount account =
        DirectoryAccount.active("acme-ann", "Ann Archer", "ann@acme.example", LocalDate.of(2027, 1, 1));
    directory.ensureAccount(account);
    directory.disable("acme-ann");
    assertThat(directory.find("acme-ann")).get().extracting(DirectoryAccount::disabled).isEqualTo(true);
    assertThat(server.getEntry("uid=acme-ann," + PEOPLE).getAttributeValue("pwdAccountLockedTime"))
        .isEqualTo("000001010000Z");

    directory.setExpiry("acme-ann", LocalDate.of(2028, 6, 30));
    assertThat(directory.find("acme-ann").orElseThrow().expiresOn()).isEqualTo(LocalDate.of(2028, 6, 30));
    directory.ensureAccount(account);
    assertThat(directory.find("acme-ann").orElseThrow().disabled()).isFalse();
  }

  @Test
  void deleteRemovesTheAccountFromEveryGroupAndIsIdempotent() throws Exception {
    directory.ensureAccount(DirectoryAccount.active("acme-ann", "Ann Archer", "ann@acme.example", LocalDate.of(2027, 1, 1)));
    directory.ensureMembership("acme-ann", "wiki-readers");
    directory.ensureMembership("acme-ann", "vpn-users");

    directory.delete("acme-ann");
    directory.delete("acme-ann");

    assertThat(server.getEntry("uid=acme-ann," + PEOPLE)).isNull();
    assertThat(server.getEntry("cn=vpn-users," + GROUPS)).isNull();
    // the seeded staff member stays in the seeded group; staff accounts are not listed as vendor accounts
    assertThat(directory.listMemberships().get("wiki-readers")).containsExactly("sam");
    assertThat(directory.listAccounts()).isEmpty();
  }

  @Test
  void aPasswordIsStoredSaltedAndHashedAndASimpleBindWithItSucceeds() throws Exception {
    directory.ensureAccount(DirectoryAccount.active("acme-ann", "Ann Archer", "ann@acme.example", LocalDate.of(2027, 1, 1)));
    String dn = "uid=acme-ann," + PEOPLE;

    directory.setPassword("acme-ann", "a-long-enough-secret");

    String stored = server.getEntry(dn).getAttributeValue("userPassword");
    assertThat(stored).startsWith("{SSHA").doesNotContain("a-long-enough-secret");
    try (LDAPConnection member = new LDAPConnection("127.0.0.1", server.getListenPort())) {
      assertThat(member.bind(dn, "a-long-enough-secret").getResultCode()).isEqualTo(ResultCode.SUCCESS);
      assertThatThrownBy(() -> member.bind(dn, "a-long-enough-secreT"))
          .isInstanceOfSatisfying(LDAPBindException.class,
              e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.INVALID_CREDENTIALS));
    }
    // salted: the same password set again is stored differently
    directory.setPassword("acme-ann", "a-long-enough-secret");
    assertThat(server.getEntry(dn).getAttributeValue("userPassword")).startsWith("{SSHA").isNotEqualTo(stored);
  }

  @Test
  void thePasswordOfAnAccountThatIsNotThereIsARefusal() {
    assertThatThrownBy(() -> directory.setPassword("acme-nobody", "a-long-enough-secret"))
        .isInstanceOf(DirectoryRejectedException.class)
        .hasMessageNotContaining("a-long-enough-secret");
  }

  @Test
  void accountsInThePeopleTreeWithoutTheVendorMarkerAreListedAndStaffIsFlagged() throws Exception {
    directory.ensureAccount(DirectoryAccount.active("acme-ann", "Ann Archer", "ann@acme.example", LocalDate.of(2027, 1, 1)));
    server.add("dn: uid=handmade," + PEOPLE, "objectClass: inetOrgPerson", "uid: handmade", "cn: Hand Made",
        "sn: Made", "mail: handmade@acme.example");
    server.add("dn: cn=backdoor," + PEOPLE, "objectClass: organizationalRole", "objectClass: simpleSecurityObject",
        "cn: backdoor", "userPassword: open-sesame");
    server.add("dn: uid=remarked," + PEOPLE, "objectClass: inetOrgPerson", "uid: remarked", "cn: Re Marked",
        "sn: Marked", "employeeType: contractor");

    assertThat(directory.listUnmarkedAccounts()).containsExactly(
        new UnmarkedAccount("backdoor", "cn=backdoor," + PEOPLE, null, "no employeeType", false),
        new UnmarkedAccount("ella", "uid=ella," + PEOPLE, "ella@pmoflow.example", "employeeType: staff", true),
        new UnmarkedAccount("evan", "uid=evan," + PEOPLE, "evan@pmoflow.example", "employeeType: staff", true),
        new UnmarkedAccount("handmade", "uid=handmade," + PEOPLE, "handmade@acme.example", "no employeeType", false),
        new UnmarkedAccount("paula", "uid=paula," + PEOPLE, "paula@pmoflow.example", "employeeType: staff", true),
        new UnmarkedAccount("peter", "uid=peter," + PEOPLE, "peter@pmoflow.example", "employeeType: staff", true),
        new UnmarkedAccount("remarked", "uid=remarked," + PEOPLE, null, "employeeType: contractor", false),
        new UnmarkedAccount("sam", "uid=sam," + PEOPLE, "sam@pmoflow.example", "employeeType: staff", true));
    assertThat(directory.listAccounts()).extracting(DirectoryAccount::uid).containsExactly("acme-ann");
  }

  @Test
  void anAccountPmoFlowDidNotMakeIsNeitherTakenOverNorChangedNorDeleted() throws Exception {
    // sam is internal staff in the seed; a vendor member given the same login must not become sam
    DirectoryAccount impostor = DirectoryAccount.active("sam", "Sam Vendor", "sam@vendor.example", LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> directory.ensureAccount(impostor))
        .isInstanceOf(DirectoryRejectedException.class)
        .hasMessageContaining("not a vendor account (employeeType: staff)");
    assertThatThrownBy(() -> directory.setExpiry("sam", LocalDate.of(2027, 1, 1))).isInstanceOf(DirectoryRejectedException.class);
    assertThatThrownBy(() -> directory.setPassword("sam", "a-long-enough-secret")).isInstanceOf(DirectoryRejectedException.class);
    assertThatThrownBy(() -> directory.disable("sam")).isInstanceOf(DirectoryRejectedException.class);
    assertThatThrownBy(() -> directory.delete("sam")).isInstanceOf(DirectoryRejectedException.class);

    SearchResultEntry sam = server.getEntry("uid=sam," + PEOPLE);
    assertThat(sam.getAttributeValue("mail")).isEqualTo("sam@pmoflow.example");
    assertThat(sam.getAttributeValue("employeeType")).isEqualTo("staff");
    assertThat(sam.hasAttribute("shadowExpire")).isFalse();
    assertThat(sam.hasAttribute("pwdAccountLockedTime")).isFalse();
  }

  @Test
  void anUnreachableDirectoryIsTransientAndABadNameIsARejection() {
    DirectoryProperties missingBase =
        new DirectoryProperties(
            null, properties.bindDn(), properties.password(), PEOPLE, "ou=missing,dc=pmoflow,dc=example", 2000,
            properties.embeddedServer());
    AccountDirectory misconfigured =
        new LdapAccountDirectory(new EmbeddedDirectoryServer().directoryConnections(missingBase, server), missingBase);
    assertThatThrownBy(() -> misconfigured.ensureMembership("acme-ann", "git-developers"))
        .isInstanceOf(DirectoryRejectedException.class);
    server.shutDown(true);
    assertThatThrownBy(() -> directory.find("acme-ann"))
        .isInstanceOf(DirectoryUnavailableException.class);
  }
}

package io.pmoflow.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.extensions.PasswordModifyExtendedRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The account directory over LDAPv3 (UnboundID SDK). Accounts are {@code inetOrgPerson} +
 * {@code shadowAccount} entries {@code uid=<uid>,<people base>} marked {@code employeeType:
 * vendor}; the expiry is RFC 2307 {@code shadowExpire} (days since 1970-01-01); a disabled account
 * carries OpenLDAP ppolicy's permanent lock {@code pwdAccountLockedTime: 000001010000Z}. Groups are
 * {@code groupOfNames} entries {@code cn=<group>,<groups base>}; since {@code member} is mandatory,
 * a group is made with its first member and removed with its last.
 */
class LdapAccountDirectory implements AccountDirectory {

  static final String VENDOR_TYPE = "vendor";
  static final String STAFF_TYPE = "staff";
  static final String PERMANENT_LOCK = "000001010000Z";

  private final DirectoryConnections connections;
  private final DirectoryProperties properties;

  LdapAccountDirectory(DirectoryConnections connections, DirectoryProperties properties) {
    this.connections = connections;
    this.properties = properties;
  }

  @Override
  public void ensureAccount(DirectoryAccount account) {
    run(
        "ensure account " + account.uid(),
        ldap -> {
          String dn = accountDn(account.uid());
          if (vendorAccount(ldap, dn) == null) {
            Entry entry = new Entry(dn);
            entry.addAttribute(
                "objectClass", "top", "person", "organizationalPerson", "inetOrgPerson", "shadowAccount");
            entry.addAttribute("uid", account.uid());
            entry.addAttribute("cn", account.displayName());
            entry.addAttribute("sn", lastWord(account.displayName()));
            entry.addAttribute("mail", account.email());
            entry.addAttribute("employeeType", VENDOR_TYPE);
            entry.addAttribute("shadowExpire", Long.toString(account.expiresOn().toEpochDay()));
            ldap.add(entry);
          } else {
            ldap.modify(
                dn,
                new Modification(ModificationType.REPLACE, "cn", account.displayName()),
                new Modification(ModificationType.REPLACE, "mail", account.email()),
                new Modification(
                    ModificationType.REPLACE, "shadowExpire", Long.toString(account.expiresOn().toEpochDay())),
                new Modification(ModificationType.REPLACE, "pwdAccountLockedTime"));
          }
          return null;
        });
  }

  /**
   * One modify in the common case: the server adds the member or answers that it is one already,
   * comparing by its matching rule for {@code member} (distinguishedNameMatch on OpenLDAP, 389-DS and
   * AD; the schemaless embedded server compares the text, and PMO Flow writes every member name in
   * the one form of {@link #accountDn}). Reading the group to look for the member first transferred
   * and parsed every member of it for each grant (6,352 in {@code git-developers} when the issue was
   * measured), so each grant cost more than the last.
   */
  @Override
  public void ensureMembership(String uid, String group) {
    run(
        "add " + uid + " to " + group,
        ldap -> {
          // one request in the usual case: the directory says whether the member was there, never
          // the whole group read and compared here (a role group has thousands of members)
          String groupDn = groupDn(group);
          String member = accountDn(uid);
          if (addMember(ldap, groupDn, member)) {
            return null;
          }
          try {
            ldap.add(groupEntry(groupDn, group, member));
          } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.ENTRY_ALREADY_EXISTS || !addMember(ldap, groupDn, member)) {
              throw e;
            }
            // another member's grant made the group a moment ago (grants run in parallel): joined it
          }
          return null;
        });
  }

  /** Adds the member (nothing to do if it is one already); {@code false} when the group does not exist. */
  private static boolean addMember(LDAPConnection ldap, String groupDn, String member) throws LDAPException {
    try {
      ldap.modify(groupDn, new Modification(ModificationType.ADD, "member", member));
      return true;
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.ATTRIBUTE_OR_VALUE_EXISTS) {
        return true;
      }
      if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void removeMembership(String uid, String group) {
    run(
        "remove " + uid + " from " + group,
        ldap -> {
          removeFromGroup(ldap, groupDn(group), accountDn(uid));
          return null;
        });
  }

  @Override
  public void ensureGroup(String group, java.util.Collection<String> uids) {
    if (uids.isEmpty()) {
      throw new IllegalArgumentException("A group needs at least one member: " + group);
    }
    run(
        "set the members of " + group,
        ldap -> {
          String groupDn = groupDn(group);
          String[] members = uids.stream().distinct().map(this::accountDn).toArray(String[]::new);
          if (ldap.getEntry(groupDn, "1.1") == null) {
            try {
              ldap.add(groupEntry(groupDn, group, members));
              return null;
            } catch (LDAPException e) {
              if (e.getResultCode() != ResultCode.ENTRY_ALREADY_EXISTS) {
                throw e;
              }
            }
          }
          ldap.modify(groupDn, new Modification(ModificationType.REPLACE, "member", members));
          return null;
        });
  }

  @Override
  public boolean deleteGroup(String group) {
    return run(
        "delete the group " + group,
        ldap -> {
          try {
            ldap.delete(groupDn(group));
            return true;
          } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
              return false;
            }
            throw e;
          }
        });
  }

  @Override
  public void setExpiry(String uid, LocalDate expiresOn) {
    run(
        "move expiry of " + uid,
        ldap -> {
          if (vendorAccount(ldap, accountDn(uid)) != null) {
            ldap.modify(
                accountDn(uid),
                new Modification(
                    ModificationType.REPLACE, "shadowExpire", Long.toString(expiresOn.toEpochDay())));
          }
          return null;
        });
  }

  /**
   * Sets the password with the LDAP Password Modify extended operation (RFC 3062): the server
   * hashes it with its own scheme and applies its password policy, so the clear password is never
   * stored. (A client-side {@code {SSHA}} value in a plain modify is refused by many servers:
   * 389-DS, OpenDJ and Ping accept pre-hashed passwords only from their root user, OpenLDAP
   * ppolicy with quality checks refuses them.)
   */
  @Override
  public void setPassword(String uid, String password) {
    run(
        "set the password of " + uid,
        ldap -> {
          String dn = accountDn(uid);
          // servers answer a missing user differently (UnboundID: unwilling to perform): ask first
          if (vendorAccount(ldap, dn) == null) {
            throw new LDAPException(ResultCode.NO_SUCH_OBJECT, "There is no account " + dn);
          }
          ExtendedResult result =
              ldap.processExtendedOperation(new PasswordModifyExtendedRequest(dn, null, password));
          if (result.getResultCode() != ResultCode.SUCCESS) {
            throw new LDAPException(result);
          }
          return null;
        });
  }

  @Override
  public void disable(String uid) {
    run(
        "disable " + uid,
        ldap -> {
          if (vendorAccount(ldap, accountDn(uid)) != null) {
            ldap.modify(
                accountDn(uid),
                new Modification(ModificationType.REPLACE, "pwdAccountLockedTime", PERMANENT_LOCK));
          }
          return null;
        });
  }

  @Override
  public void delete(String uid) {
    run(
        "delete " + uid,
        ldap -> {
          String member = accountDn(uid);
          Entry account = vendorAccount(ldap, member);
          for (SearchResultEntry group :
              ldap.search(
                      properties.groupsBaseDn(),
                      SearchScope.SUB,
                      Filter.createEqualityFilter("member", member),
                      "1.1")
                  .getSearchEntries()) {
            removeFromGroup(ldap, group.getDN(), member);
          }
          if (account != null) {
            ldap.delete(member);
          }
          return null;
        });
  }

  @Override
  public Optional<DirectoryAccount> find(String uid) {
    return run("read " + uid, ldap -> Optional.ofNullable(ldap.getEntry(accountDn(uid))).map(LdapAccountDirectory::account));
  }

  @Override
  public List<DirectoryAccount> listAccounts() {
    return run(
        "list accounts",
        ldap -> {
          List<DirectoryAccount> accounts = new ArrayList<>();
          for (SearchResultEntry entry :
              ldap.search(
                      properties.peopleBaseDn(),
                      SearchScope.SUB,
                      Filter.createEqualityFilter("employeeType", VENDOR_TYPE))
                  .getSearchEntries()) {
            accounts.add(account(entry));
          }
          accounts.sort(java.util.Comparator.comparing(DirectoryAccount::uid));
          return accounts;
        });
  }

  /**
   * Everything under the people base that can log in or names a person ({@code person} or {@code
   * uid} or {@code userPassword}) and lacks {@code employeeType: vendor}.
   */
  @Override
  public List<UnmarkedAccount> listUnmarkedAccounts() {
    return run(
        "list accounts without the vendor marker",
        ldap -> {
          Filter unmarked =
              Filter.createANDFilter(
                  Filter.createORFilter(
                      Filter.createEqualityFilter("objectClass", "person"),
                      Filter.createPresenceFilter("uid"),
                      Filter.createPresenceFilter("userPassword")),
                  Filter.createNOTFilter(Filter.createEqualityFilter("employeeType", VENDOR_TYPE)));
          List<UnmarkedAccount> accounts = new ArrayList<>();
          for (SearchResultEntry entry :
              ldap.search(properties.peopleBaseDn(), SearchScope.SUB, unmarked, "uid", "mail", "employeeType")
                  .getSearchEntries()) {
            String[] types = entry.getAttributeValues("employeeType");
            accounts.add(
                new UnmarkedAccount(
                    entry.hasAttribute("uid") ? entry.getAttributeValue("uid") : uidOf(entry.getDN()),
                    entry.getDN(),
                    entry.getAttributeValue("mail"),
                    types == null ? "no employeeType" : "employeeType: " + String.join(", ", types),
                    types != null && types.length == 1 && types[0].equalsIgnoreCase(STAFF_TYPE)));
          }
          accounts.sort(java.util.Comparator.comparing(UnmarkedAccount::dn));
          return accounts;
        });
  }

  @Override
  public Map<String, Set<String>> listMemberships() {
    return run(
        "list memberships",
        ldap -> {
          Map<String, Set<String>> byGroup = new TreeMap<>();
          for (SearchResultEntry entry :
              ldap.search(
                      properties.groupsBaseDn(),
                      SearchScope.SUB,
                      Filter.createEqualityFilter("objectClass", "groupOfNames"),
                      "cn",
                      "member")
                  .getSearchEntries()) {
            Set<String> uids = new TreeSet<>();
            String[] members = entry.getAttributeValues("member");
            if (members != null) {
              for (String member : members) {
                uids.add(uidOf(member));
              }
            }
            byGroup.put(entry.getAttributeValue("cn"), uids);
          }
          return byGroup;
        });
  }

  private void removeFromGroup(LDAPConnection ldap, String groupDn, String member) throws LDAPException {
    // the directory removes the one member and says whether any is left: the members are never read
    try {
      ldap.modify(groupDn, new Modification(ModificationType.DELETE, "member", member));
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT || e.getResultCode() == ResultCode.NO_SUCH_ATTRIBUTE) {
        return;
      }
      if (e.getResultCode() != ResultCode.OBJECT_CLASS_VIOLATION) {
        throw e;
      }
      // the last member, and the directory keeps to the schema: a group of names cannot be empty
      ldap.delete(groupDn);
      return;
    }
    if (ldap.searchForEntry(groupDn, SearchScope.BASE, Filter.createPresenceFilter("member"), "1.1") == null) {
      ldap.delete(groupDn);
    }
  }

  private static Entry groupEntry(String groupDn, String group, String... members) {
    Entry entry = new Entry(groupDn);
    entry.addAttribute("objectClass", "top", "groupOfNames");
    entry.addAttribute("cn", group);
    entry.addAttribute("member", members);
    return entry;
  }

  private static DirectoryAccount account(Entry entry) {
    String expiry = entry.getAttributeValue("shadowExpire");
    return new DirectoryAccount(
        entry.getAttributeValue("uid"),
        entry.getAttributeValue("cn"),
        entry.getAttributeValue("mail"),
        expiry == null ? null : LocalDate.ofEpochDay(Long.parseLong(expiry)),
        entry.hasAttribute("pwdAccountLockedTime"));
  }

  private static String uidOf(String memberDn) {
    try {
      RDN rdn = new DN(memberDn).getRDN();
      return rdn.getAttributeValues()[0];
    } catch (LDAPException e) {
      return memberDn;
    }
  }

  private static String lastWord(String name) {
    String trimmed = name.strip();
    int space = trimmed.lastIndexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(space + 1);
  }

  private String accountDn(String uid) {
    return new RDN("uid", uid) + "," + properties.peopleBaseDn();
  }

  private String groupDn(String group) {
    return new RDN("cn", group) + "," + properties.groupsBaseDn();
  }

  private interface LdapWork<T> {
    T apply(LDAPConnection ldap) throws LDAPException;
  }

  /**
   * The account at this name if PMO Flow made it (it carries the vendor marker), or null if there is
   * none. An account someone else made under the same login (internal staff, a hand-made entry) is
   * refused, not taken over: PMO Flow changes, locks and deletes only its own accounts.
   */
  private static Entry vendorAccount(LDAPConnection ldap, String dn) throws LDAPException {
    Entry entry = ldap.getEntry(dn, "employeeType");
    if (entry == null || VENDOR_TYPE.equals(entry.getAttributeValue("employeeType"))) {
      return entry;
    }
    String mark = entry.hasAttribute("employeeType") ? "employeeType: " + entry.getAttributeValue("employeeType") : "no employeeType";
    throw new LDAPException(ResultCode.INSUFFICIENT_ACCESS_RIGHTS, dn + " exists and is not a vendor account (" + mark
        + "); PMO Flow changes only the accounts it made. Choose another login for this member, or mark the entry"
        + " employeeType: " + VENDOR_TYPE + " if it is this member's account");
  }

  private <T> T run(String what, LdapWork<T> work) {
    try (LDAPConnection ldap = connections.open()) {
      return work.apply(ldap);
    } catch (LDAPException e) {
      if (isTransient(e.getResultCode())) {
        throw new DirectoryUnavailableException("Directory unavailable: cannot " + what + ": " + e.getMessage(), e);
      }
      throw new DirectoryRejectedException("Directory refused to " + what + ": " + e.getMessage(), e);
    }
  }

  private static boolean isTransient(ResultCode code) {
    return code.isClientSideResultCode()
        || code == ResultCode.BUSY
        || code == ResultCode.UNAVAILABLE
        || code == ResultCode.UNWILLING_TO_PERFORM
        || code == ResultCode.OTHER
        || code == ResultCode.TIME_LIMIT_EXCEEDED
        || code == ResultCode.ADMIN_LIMIT_EXCEEDED;
  }
}

package io.pmoflow.onboarding;

import io.pmoflow.i18n.Text;
import io.pmoflow.directory.AccountDirectory;
import io.pmoflow.directory.DirectoryAccount;
import io.pmoflow.directory.UnmarkedAccount;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the directory with the grants: every vendor account and every membership of a vendor
 * account that no live grant explains is an orphan (the classic audit finding). An account in the
 * vendor accounts' tree without the vendor marker is a finding too: PMO Flow never makes one, so
 * someone made it by hand or changed a vendor account (and would otherwise hide it, and its groups,
 * from this comparison). Internal staff sharing the tree are left alone, unless the account is one
 * PMO Flow made for a vendor member.
 */
@Service
public class AccessReconciliation {

  private final AccountDirectory directory;
  private final AccessGrantRepository grants;
  private final VendorMemberRepository members;

  AccessReconciliation(AccountDirectory directory, AccessGrantRepository grants, VendorMemberRepository members) {
    this.directory = directory;
    this.grants = grants;
    this.members = members;
  }

  @Transactional(readOnly = true)
  public List<Text> orphans() {
    return findings().stream().map(Finding::text).toList();
  }

  /** The findings about one vendor's accounts (their names start with the vendor's code and a dash). */
  @Transactional(readOnly = true)
  public List<Text> findingsOf(String vendorCode) {
    return findings().stream().filter(f -> f.uid().startsWith(vendorCode + "-")).map(Finding::text).toList();
  }

  /** One account the grants do not explain: its name, and what is wrong in words. */
  private record Finding(String uid, Text text) {}

  private List<Finding> findings() {
    Set<String> explainedAccounts = new HashSet<>();
    Set<String> explainedMemberships = new HashSet<>();
    for (AccessGrant grant :
        grants.findByStatusIn(EnumSet.of(GrantStatus.APPROVED, GrantStatus.PROVISIONED, GrantStatus.SUSPENDED))) {
      VendorMember member = members.findById(grant.getMemberId()).orElseThrow();
      if (member.getStatus() == MemberStatus.REMOVED) {
        continue;
      }
      explainedAccounts.add(member.getUsername());
      if (grant.getStatus() == GrantStatus.PROVISIONED) {
        explainedMemberships.add(grant.getRole().getDirectoryGroup() + "/" + member.getUsername());
      }
    }
    List<Finding> orphans = new ArrayList<>();
    Set<String> vendorAccounts = new HashSet<>();
    for (DirectoryAccount account : directory.listAccounts()) {
      vendorAccounts.add(account.uid());
      if (!explainedAccounts.contains(account.uid())) {
        orphans.add(new Finding(account.uid(), Text.of("reconciliation.no-grant", account.uid(), String.valueOf(account.email()))));
      }
    }
    Map<String, Set<String>> memberships = directory.listMemberships();
    for (Map.Entry<String, Set<String>> group : memberships.entrySet()) {
      for (String uid : group.getValue()) {
        if (vendorAccounts.contains(uid) && !explainedMemberships.contains(group.getKey() + "/" + uid)) {
          orphans.add(new Finding(uid, Text.of("reconciliation.no-provisioned-grant", uid, group.getKey())));
        }
      }
    }
    for (UnmarkedAccount account : directory.listUnmarkedAccounts()) {
      boolean memberAccount = members.existsByUsername(account.uid());
      if (!account.internalStaff() || memberAccount) {
        orphans.add(new Finding(account.uid(), unmarked(account, memberAccount, memberships)));
      }
    }
    return orphans;
  }

  private static Text unmarked(UnmarkedAccount account, boolean memberAccount, Map<String, Set<String>> memberships) {
    Set<String> groups = new TreeSet<>();
    memberships.forEach((group, uids) -> {
      if (uids.contains(account.uid())) {
        groups.add(group);
      }
    });
    return Text.of("reconciliation.unmarked", account.uid(),
        account.email() == null ? Text.of("reconciliation.no-mail") : account.email(), account.mark(),
        Text.of(memberAccount ? "reconciliation.member-tampered" : "reconciliation.by-hand"), account.dn(),
        groups.isEmpty() ? Text.of("reconciliation.no-groups") : String.join(", ", groups));
  }
}

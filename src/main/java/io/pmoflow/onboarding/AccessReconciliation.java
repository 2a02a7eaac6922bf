package io.pmoflow.onboarding;

import io.pmoflow.directory.AccountDirectory;
import io.pmoflow.directory.DirectoryAccount;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the directory with the grants: every vendor account and every membership of a vendor
 * account that no live grant explains is an orphan (the classic audit finding).
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
  public List<String> orphans() {
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
    List<String> orphans = new ArrayList<>();
    Set<String> vendorAccounts = new HashSet<>();
    for (DirectoryAccount account : directory.listAccounts()) {
      vendorAccounts.add(account.uid());
      if (!explainedAccounts.contains(account.uid())) {
        orphans.add("account " + account.uid() + " (" + account.email() + "): no live grant");
      }
    }
    for (Map.Entry<String, Set<String>> group : directory.listMemberships().entrySet()) {
      for (String uid : group.getValue()) {
        if (vendorAccounts.contains(uid) && !explainedMemberships.contains(group.getKey() + "/" + uid)) {
          orphans.add("membership of " + uid + " in group " + group.getKey() + ": no provisioned grant");
        }
      }
    }
    return orphans;
  }
}

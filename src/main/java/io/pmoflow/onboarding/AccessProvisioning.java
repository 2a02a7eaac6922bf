package io.pmoflow.onboarding;

import io.pmoflow.directory.AccountDirectory;
import io.pmoflow.directory.DirectoryAccount;
import io.pmoflow.directory.DirectoryRejectedException;
import io.pmoflow.security.IdentityAccounts;
import io.pmoflow.security.OneTimeTokens;
import java.time.Clock;
import java.time.Instant;
import io.pmoflow.i18n.Text;
import io.pmoflow.process.CaseTexts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and unmakes vendor access in the account directory and in Camunda (so members can work
 * in Tasklist). Every step looks before it writes: a retried or repeated step changes nothing.
 */
@Service
public class AccessProvisioning {


  private final AccountDirectory directory;
  private final VendorRepository vendors;
  private final VendorMemberRepository members;
  private final AccessGrantRepository grants;
  private final IdentityAccounts accounts;
  private final IdentityService identity;
  private final OnboardingMails mails;
  private final OnboardingSettings settings;
  private final Clock clock;

  AccessProvisioning(
      AccountDirectory directory,
      VendorRepository vendors,
      VendorMemberRepository members,
      AccessGrantRepository grants,
      IdentityAccounts accounts,
      IdentityService identity,
      OnboardingMails mails,
      OnboardingSettings settings,
      Clock clock) {
    this.directory = directory;
    this.vendors = vendors;
    this.members = members;
    this.grants = grants;
    this.accounts = accounts;
    this.identity = identity;
    this.mails = mails;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The member's directory account (expiring with the contract) and Camunda user in the vendor's group.
   *
   * <p>A refusal of the directory leaves the step's transaction intact: the model catches it as a
   * business error (compensation, then "Fix failed provisioning") and that path must commit. Without
   * {@code noRollbackFor} the refusal, passing this method, marks the shared transaction
   * rollback-only, the commit fails, and the step is retried into an incident instead (measured in
   * OnboardingFollowUpBrowserIT). Nothing is written before the directory is asked.
   */
  @Transactional(noRollbackFor = DirectoryRejectedException.class)
  public void createAccount(long memberId) {
    VendorMember member = member(memberId);
    Vendor vendor = vendor(member);
    directory.ensureAccount(
        DirectoryAccount.active(member.getUsername(), member.getName(), member.getEmail(), vendor.getContractEnd()));
    String[] names = splitName(member.getName());
    // an unguessable password nobody knows: the member sets theirs through the activation link
    accounts.ensureUser(member.getUsername(), names[0], names[1], member.getEmail(), OneTimeTokens.newToken());
    accounts.ensureMembership(member.getUsername(), vendor.group());
  }

  /** Adds the member's account to the group of the granted role (a refusal: see {@link #createAccount}). */
  @Transactional(noRollbackFor = DirectoryRejectedException.class)
  public void grantAccess(long grantId) {
    AccessGrant grant = grants.findById(grantId).orElseThrow();
    VendorMember member = member(grant.getMemberId());
    directory.ensureMembership(member.getUsername(), grant.getRole().getDirectoryGroup());
    if (grant.getStatus() == GrantStatus.APPROVED) {
      grant.provisioned(clock.instant());
    }
  }

  /** Adds the member's account to the group of each approved role, in the order requested. */
  @Transactional(noRollbackFor = DirectoryRejectedException.class)
  public void grantApprovedAccess(long memberId) {
    for (AccessGrant grant : grants.findByMemberIdOrderById(memberId)) {
      if (grant.getStatus() == GrantStatus.APPROVED || grant.getStatus() == GrantStatus.PROVISIONED) {
        grantAccess(grant.getId());
      }
    }
  }

  /** Compensation: takes the member out of their groups and deletes their account and Camunda user. */
  @Transactional
  public void undoAccount(long memberId) {
    removeGroupMemberships(memberId);
    removeAccount(memberId);
  }

  /** Compensation: takes the member out of every group PMO Flow put them in. */
  @Transactional
  public void removeGroupMemberships(long memberId) {
    VendorMember member = member(memberId);
    for (AccessGrant grant : grants.findByMemberIdOrderById(memberId)) {
      directory.removeMembership(member.getUsername(), grant.getRole().getDirectoryGroup());
      if (grant.getStatus() == GrantStatus.PROVISIONED) {
        grant.unprovisioned();
      }
    }
  }

  /** Compensation: deletes the member's directory account and Camunda user. */
  @Transactional
  public void removeAccount(long memberId) {
    VendorMember member = member(memberId);
    directory.delete(member.getUsername());
    deleteCamundaUser(member.getUsername());
  }

  /**
   * Whose provisioning failed, for the PMO's "Fix failed provisioning": the member, their account's
   * user name, and the approved access that trying again makes and giving up forgoes.
   */
  public record FailedMember(String member, String account, String access) {}

  /** What the "Fix failed provisioning" form shows of the member, in {@code language}. */
  @Transactional(readOnly = true)
  public FailedMember failedMember(long memberId, Locale language) {
    VendorMember member = member(memberId);
    List<String> approved = grants.findByMemberIdOrderById(memberId).stream()
        .filter(grant -> grant.getStatus() == GrantStatus.APPROVED)
        .map(grant -> {
          SystemRole role = grant.getRole();
          AccessSystem system = role.getSystem();
          return Text.of("onboarding.text.approved-access", system.getName(), role.getName(), system.getCode(), role.getCode(),
              CaseTexts.in(language, grant.getDecidedBy())).in(language);
        })
        .toList();
    return new FailedMember(
        Text.of("onboarding.text.member-of", AccessDecisions.memberInWords(member, language), vendor(member).getCompany()).in(language),
        Text.of("onboarding.text.directory-account", member.getUsername()).in(language),
        String.join("\n", approved));
  }

  /** The PMO gave up on a member whose provisioning failed for good. */
  @Transactional
  public void recordFailure(long memberId) {
    VendorMember member = member(memberId);
    member.markFailed();
    for (AccessGrant grant : grants.findByMemberIdOrderById(memberId)) {
      if (grant.getStatus() == GrantStatus.APPROVED) {
        grant.revoke(clock.instant());
      }
    }
  }

  /**
   * Mails the one-time activation link, once per member. Only the token's hash is stored; the
   * token exists in the mail alone (not in a variable, the history or the log).
   */
  @Transactional
  public void sendActivation(long memberId) {
    VendorMember member = member(memberId);
    if (member.getActivationTokenHash() == null && member.getActivatedAt() == null) {
      String token = OneTimeTokens.newToken();
      member.issueActivation(OneTimeTokens.hash(token), clock.instant().plus(settings.activationLinkValidFor()));
      mails.activation(member, vendor(member), token);
    }
    member.markActive();
  }

  /**
   * The member's approved grants, to provision. A member whose every request was rejected has
   * nothing to provision but is on the team: onboarded as is.
   */
  @Transactional
  public List<Long> approvedToProvision(long memberId) {
    List<Long> approved = grants.findByMemberIdOrderById(memberId).stream()
        .filter(g -> g.getStatus() == GrantStatus.APPROVED || g.getStatus() == GrantStatus.PROVISIONED)
        .map(AccessGrant::getId)
        .toList();
    if (approved.isEmpty()) {
      // nothing to provision: the member has no account, so is not active
      member(memberId).markRejected();
    }
    return approved;
  }

  /** MemberRemoved: the member's access ends at once. */
  @Transactional
  public void removeMember(long memberId) {
    VendorMember member = member(memberId);
    Instant now = clock.instant();
    for (AccessGrant grant : grants.findByMemberIdOrderById(memberId)) {
      directory.removeMembership(member.getUsername(), grant.getRole().getDirectoryGroup());
      if (EnumSet.of(GrantStatus.REQUESTED, GrantStatus.APPROVED, GrantStatus.PROVISIONED, GrantStatus.SUSPENDED)
          .contains(grant.getStatus())) {
        grant.revoke(now);
      }
    }
    directory.delete(member.getUsername());
    deleteCamundaUser(member.getUsername());
    if (member.getStatus() != MemberStatus.REMOVED) {
      member.remove(now);
    }
  }

  /** Contract end: every account of the vendor is disabled and taken out of its groups. */
  @Transactional
  public void disableVendor(long vendorId) {
    Vendor vendor = vendors.findById(vendorId).orElseThrow();
    Instant now = clock.instant();
    for (VendorMember member : liveMembers(vendorId)) {
      for (AccessGrant grant : grants.findByMemberIdOrderById(member.getId())) {
        directory.removeMembership(member.getUsername(), grant.getRole().getDirectoryGroup());
        if (grant.getStatus().isLive() || grant.getStatus() == GrantStatus.REQUESTED) {
          grant.suspend(now);
        }
      }
      directory.disable(member.getUsername());
      identity.deleteMembership(member.getUsername(), vendor.group());
    }
    if (vendor.getStatus() == VendorStatus.ACTIVE) {
      vendor.end();
    }
  }

  /** After the grace period: the vendor's accounts are deleted. */
  @Transactional
  public void deleteVendorAccounts(long vendorId) {
    Vendor vendor = vendors.findById(vendorId).orElseThrow();
    Instant now = clock.instant();
    for (VendorMember member : liveMembers(vendorId)) {
      for (AccessGrant grant : grants.findByMemberIdOrderById(member.getId())) {
        if (grant.getStatus() == GrantStatus.SUSPENDED) {
          grant.revoke(now);
        }
      }
      directory.delete(member.getUsername());
      deleteCamundaUser(member.getUsername());
      member.remove(now);
    }
    if (vendor.getStatus() != VendorStatus.CLOSED) {
      vendor.close();
    }
  }

  /** ContractExtended: accounts and live grants now last until the new contract end. */
  @Transactional
  public void moveExpiry(long vendorId) {
    Vendor vendor = vendors.findById(vendorId).orElseThrow();
    LocalDate until = vendor.getContractEnd();
    for (VendorMember member : liveMembers(vendorId)) {
      boolean hasAccount = false;
      for (AccessGrant grant : grants.findByMemberIdOrderById(member.getId())) {
        if (grant.getStatus().isLive() || grant.getStatus() == GrantStatus.REQUESTED) {
          grant.extendUntil(until);
          hasAccount |= grant.getStatus() == GrantStatus.PROVISIONED;
        }
      }
      if (hasAccount) {
        directory.setExpiry(member.getUsername(), until);
      }
    }
  }

  private List<VendorMember> liveMembers(long vendorId) {
    return members.findByVendorIdOrderById(vendorId).stream()
        .filter(m -> m.getStatus() != MemberStatus.REMOVED)
        .toList();
  }

  private void deleteCamundaUser(String userId) {
    if (identity.createUserQuery().userId(userId).count() > 0) {
      identity.deleteUser(userId);
    }
  }

  private VendorMember member(long memberId) {
    return members.findById(memberId).orElseThrow();
  }

  private Vendor vendor(VendorMember member) {
    return vendors.findById(member.getVendorId()).orElseThrow();
  }

  private static String[] splitName(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? new String[] {name, name} : new String[] {name.substring(0, space), name.substring(space + 1)};
  }
}

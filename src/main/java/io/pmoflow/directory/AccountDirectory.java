package io.pmoflow.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The port through which PMO Flow provisions vendor accounts. Every operation is idempotent: a
 * retried step never makes a second account or membership, and removing what is absent is no
 * error. The LDAP adapter is the one implementation today; another target (e.g. SCIM 2.0) would be
 * a second adapter without touching the process.
 *
 * <p>Transient faults (directory unreachable) surface as {@link DirectoryUnavailableException};
 * a refusal that retrying will not fix surfaces as {@link DirectoryRejectedException}.
 */
public interface AccountDirectory {

  /** Creates the account if absent; otherwise updates its name, mail and expiry and enables it. */
  void ensureAccount(DirectoryAccount account);

  /** Adds the account to the group, creating the group if it does not exist yet. */
  void ensureMembership(String uid, String group);

  /** Removes the account from the group; a group left without members is removed. */
  void removeMembership(String uid, String group);

  /**
   * Makes the group hold exactly these accounts (at least one), creating it if it does not exist:
   * for groups that PMO Flow owns whole, such as an evaluation environment's testers.
   */
  void ensureGroup(String group, java.util.Collection<String> uids);

  /** Deletes the group, whoever its members are; returns whether there was one to delete. */
  boolean deleteGroup(String group);

  /** Moves the account's expiry date. */
  void setExpiry(String uid, java.time.LocalDate expiresOn);

  /** Sets the account's password (the member chose it through the one-time activation link). */
  void setPassword(String uid, String password);

  /** Locks the account (it stays, with its data, until deleted). */
  void disable(String uid);

  /** Removes the account from every group and deletes it. */
  void delete(String uid);

  Optional<DirectoryAccount> find(String uid);

  /** The vendor accounts that PMO Flow manages (internal staff accounts are not listed). */
  List<DirectoryAccount> listAccounts();

  /**
   * The accounts in the vendor accounts' tree without the vendor marker (internal staff accounts
   * that share the tree are listed too, flagged as such, so that a vendor account re-marked as
   * staff can still be told).
   */
  List<UnmarkedAccount> listUnmarkedAccounts();

  /** Every group with the uids of its members. */
  Map<String, Set<String>> listMemberships();
}

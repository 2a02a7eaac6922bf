package io.pmoflow.security;

import java.util.List;

/** The role groups of PMO Flow. Vendor staff are in one group per vendor (see {@link #vendorGroup}). */
public final class PmoGroups {

  public static final String PMO = "pmo";
  public static final String PM = "pm";
  public static final String SECURITY = "security";
  public static final String CHANGE_BOARD = "change-board";
  public static final String SPONSOR = "sponsor";
  public static final String EVALUATOR = "evaluator";
  /** Owners of the infrastructure: approve evaluation environments outside the PMO's delegated authority. */
  public static final String INFRASTRUCTURE = "infrastructure";
  /** Operators and administrators: Cockpit, Admin and everything else. */
  public static final String PMO_ADMIN = "pmo-admin";

  public static final String VENDOR_PREFIX = "vendor-";
  /** A vendor's short code, the same wherever a vendor is named (RFP invitations, onboarding). */
  public static final String VENDOR_CODE_PATTERN = "[a-z][a-z0-9]{1,19}";
  /** The rule of a vendor code as a Bean Validation message (a text of the bundle i18n/messages). */
  public static final String VENDOR_CODE_RULE = "{pmoflow.validation.vendor-code-rule}";
  public static final String VENDOR_GROUP_TYPE = "VENDOR";

  /** Groups that work in Tasklist on the organisation's side. */
  public static final List<String> STAFF_ROLES =
      List.of(PMO, PM, SECURITY, CHANGE_BOARD, SPONSOR, EVALUATOR, INFRASTRUCTURE);

  /**
   * Roles that act on the cases of every project (triage, votes, sponsorship, access approvals):
   * they see every project, RFP and change request. A project manager sees their own projects'.
   */
  public static final List<String> ORGANISATION_WIDE = List.of(PMO, SECURITY, CHANGE_BOARD, SPONSOR);

  /** Roles that oversee every vendor and its access. A PM sees the vendors of their projects. */
  public static final List<String> VENDOR_OVERSIGHT = List.of(PMO, SECURITY);

  private PmoGroups() {}

  /** The group of one vendor's staff, e.g. {@code vendor-acme} for vendor code {@code acme}. */
  public static String vendorGroup(String vendorCode) {
    return VENDOR_PREFIX + vendorCode.toLowerCase(java.util.Locale.ROOT);
  }

  public static boolean isVendorGroup(String groupId) {
    return groupId.startsWith(VENDOR_PREFIX);
  }
}

package io.pmoflow.onboarding;

import java.util.Locale;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.Text;
import io.pmoflow.process.CaseTexts;
import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import io.pmoflow.web.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records how each access request was routed and decided. */
@Service
public class AccessDecisions {

  /** Who approved a request inside the PMO's delegated authority: the application itself. */
  static final String DELEGATED_AUTHORITY = "pmo-flow (delegated authority)";

  /**
   * Which member a member onboarding is about: the instance's business key
   * ({@code <vendor code>/<e-mail>}) and the words its tasks' names carry.
   */
  public record MemberCase(String businessKey, String title) {}

  /**
   * An access request as its approver sees it, in plain words: who (name, e-mail, role in the
   * project, employee or subcontractor), for which vendor and contract end, what (system, role,
   * access level, sensitivity), why, and — for the PM — what security decided and why.
   */
  public record RequestShown(String member, String vendor, String access, String justification, String rule, String earlierDecision) {}

  private final AccessGrantRepository grants;
  private final AccessDecisionRepository trail;
  private final VendorMemberRepository members;
  private final VendorRepository vendors;
  private final OnboardingMails mails;
  private final Clock clock;

  AccessDecisions(
      AccessGrantRepository grants,
      AccessDecisionRepository trail,
      VendorMemberRepository members,
      VendorRepository vendors,
      OnboardingMails mails,
      Clock clock) {
    this.grants = grants;
    this.trail = trail;
    this.members = members;
    this.vendors = vendors;
    this.mails = mails;
    this.clock = clock;
  }

  /** The requests of a member that people still decide (the table routed the others when they were made). */
  @Transactional(readOnly = true)
  public List<Long> openRequests(long memberId) {
    return grants.findByMemberIdAndStatusOrderById(memberId, GrantStatus.REQUESTED).stream()
        .map(AccessGrant::getId)
        .toList();
  }

  /** The request in a few words, as the approval tasks' names carry it: "Ann Archer → vpn/user (Initech)". */
  @Transactional(readOnly = true)
  public String caseOf(long grantId) {
    Request request = request(grantId);
    SystemRole role = request.grant().getRole();
    return request.member().getName() + " \u2192 " + role.getSystem().getCode() + "/" + role.getCode()
        + " (" + request.vendor().getCompany() + ")";
  }

  @Transactional(readOnly = true)
  /** What an approver's form shows of the request, in {@code language}; dates in the deployment's zone. */
  public RequestShown shown(long grantId, Locale language) {
    Request request = request(grantId);
    AccessGrant grant = request.grant();
    Vendor vendor = request.vendor();
    SystemRole role = grant.getRole();
    AccessSystem system = role.getSystem();
    return new RequestShown(
        memberInWords(request.member(), language),
        Text.of("onboarding.text.vendor", vendor.getCompany(), vendor.getContractNumber(),
            String.valueOf(vendor.getContractEnd())).in(language),
        Text.of("onboarding.text.access", system.getName(), role.getName(), system.getCode(), role.getCode(),
            Text.of("onboarding.access-level." + role.getAccessLevel().name()),
            Text.of("onboarding.sensitivity." + system.getSensitivity().name()),
            String.valueOf(grant.getValidUntil())).in(language),
        grant.getJustification(),
        grant.getApprovalRule(),
        grant.getDecidedBy() == null
            ? null
            : Text.of("onboarding.text.decided", CaseTexts.in(language, grant.getDecidedBy()),
                String.valueOf(grant.getDecidedAt().atZone(clock.getZone()).toLocalDate()), grant.getDecisionReason()).in(language));
  }

  /** "Ann Archer, ann@initech.example — Developer, vendor employee". */
  static String memberInWords(VendorMember member) {
    return memberInWords(member, Languages.ENGLISH);
  }

  static String memberInWords(VendorMember member, Locale language) {
    return Text.of("onboarding.text.member", member.getName(), member.getEmail(), member.getRoleInProject(),
        Text.of(member.getMemberType() == MemberType.EMPLOYEE ? "onboarding.text.employee" : "onboarding.text.subcontractor"))
        .in(language);
  }

  @Transactional(readOnly = true)
  public MemberCase memberCase(long memberId) {
    VendorMember member = members.findById(memberId).orElseThrow(() -> ApiException.notFound(Text.of("thing.member"), memberId));
    Vendor vendor = vendors.findById(member.getVendorId()).orElseThrow();
    return new MemberCase(
        vendor.getCode() + "/" + member.getEmail(), member.getName() + " (" + vendor.getCompany() + ")");
  }

  /**
   * Records the route the access-approval table chose for a request just made, with its rule, the
   * inputs it read and the table's version; inside the PMO's authority that is the approval, and
   * the trail says by whom, when and by which rule.
   */
  @Transactional
  public void route(AccessGrant grant, AccessRoute route) {
    grant.route(route);
    if (AUTO.equals(route.route())) {
      grant.decide(true, DELEGATED_AUTHORITY, clock.instant(), route.rule());
      trail.save(new AccessDecision(grant.getId(), AccessDecision.PMO_AUTHORITY, true, grant.getDecidedBy(), clock.instant(), route.rule()));
    }
  }

  /**
   * Routes the member's requests that were made without a route: those registered before requests
   * were routed when made (a vendor's onboarding that waited for its NDA when the application was
   * upgraded). The same table and the same record as a request made now.
   */
  @Transactional
  public void routeUnrouted(long memberId, Supplier<AccessRouting.Table> table) {
    List<AccessGrant> unrouted = grants.findByMemberIdAndStatusOrderById(memberId, GrantStatus.REQUESTED).stream()
        .filter(grant -> grant.getApprovalRoute() == null)
        .toList();
    if (unrouted.isEmpty()) {
      return;
    }
    MemberType memberType = members.findById(memberId).orElseThrow().getMemberType();
    AccessRouting.Table routing = table.get();
    for (AccessGrant grant : unrouted) {
      SystemRole role = grant.getRole();
      route(grant, routing.route(role.getSystem().getSensitivity(), role.getAccessLevel(), memberType));
    }
  }

  /** The route the decision table chose for the request, as recorded; fails if none was recorded. */
  @Transactional(readOnly = true)
  public String routeOf(long grantId) {
    String route = grant(grantId).getApprovalRoute();
    if (route == null) {
      throw new IllegalStateException("Access grant " + grantId + " has no approval route recorded");
    }
    return route;
  }

  /** The sponsor on the record of the vendor whose member asks for this access. */
  @Transactional(readOnly = true)
  public String sponsorOf(long grantId) {
    VendorMember member = members.findById(grant(grantId).getMemberId()).orElseThrow();
    return vendors.findById(member.getVendorId()).orElseThrow().getSponsor();
  }

  /**
   * Security's decision (or the fallback approver's in its place), as recorded on the grant.
   *
   * @return whether the project manager must approve too: the request is approved and its recorded
   *     route is {@code SECURITY_AND_PM}
   */
  @Transactional
  public boolean decideAsSecurity(long grantId, boolean approved, String reason, String approver) {
    boolean pmToo = SECURITY_AND_PM.equals(routeOf(grantId));
    decide(grantId, AccessDecision.SECURITY, approved, reason, approver, !pmToo);
    return approved && pmToo;
  }

  /** The project manager's decision, the last stage of a critical request. */
  @Transactional
  public void decideAsPm(long grantId, boolean approved, String reason, String approver) {
    decide(grantId, AccessDecision.PM, approved, reason, approver, true);
  }

  /**
   * Records one approver's decision at its stage, in the trail and on the grant. A security
   * approval of a request that also needs the PM keeps the request open; a rejection needs a
   * reason, and the PMO is told of it.
   */
  @Transactional
  public void decide(long grantId, String stage, boolean approved, String reason, String approver, boolean finalStage) {
    if (!approved && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("A rejection needs a reason");
    }
    AccessGrant grant = grant(grantId);
    String because = reason == null || reason.isBlank() ? "approved" : reason.strip();
    if (approved && !finalStage) {
      grant.approveStage(approver, clock.instant(), because);
    } else {
      grant.decide(approved, approver, clock.instant(), because);
    }
    AccessDecision decision = trail.save(new AccessDecision(grantId, stage, approved, approver, clock.instant(), because));
    if (!approved) {
      Request request = request(grantId);
      mails.accessRejected(request.vendor(), request.member(), grant, decision);
    }
  }

  /** Every decision on the request, in the order they were made. */
  @Transactional(readOnly = true)
  public List<AccessDecision> decisionsOn(long grantId) {
    return trail.findByGrantIdOrderById(grantId);
  }

  /** One access request with the member who asks and their vendor. */
  private record Request(AccessGrant grant, VendorMember member, Vendor vendor) {}

  private Request request(long grantId) {
    AccessGrant grant = grant(grantId);
    VendorMember member = members.findById(grant.getMemberId()).orElseThrow();
    return new Request(grant, member, vendors.findById(member.getVendorId()).orElseThrow());
  }

  private AccessGrant grant(long grantId) {
    return grants.findById(grantId).orElseThrow(() -> ApiException.notFound(Text.of("thing.access-grant"), grantId));
  }
}

package io.pmoflow.onboarding;

import io.pmoflow.i18n.I18nSettings;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.Text;
import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import io.pmoflow.forms.FormInputGuard;
import io.pmoflow.process.CaseReceipts;
import io.pmoflow.security.AccessBootstrap;
import io.pmoflow.security.AsSystem;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.IdentityAccounts;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FieldProblems;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendors and their teams: registration, the start of onboarding, and the changes during the
 * contract (members joining and leaving, extensions), each validated before anything is written
 * and written together with its process step in one transaction.
 */
@Service
public class VendorService {

  private final VendorRepository vendors;
  private final VendorMemberRepository members;
  private final AccessGrantRepository grants;
  private final AccessSystemRepository systems;
  private final RuntimeService runtime;
  private final IdentityAccounts accounts;
  private final AccessBootstrap access;
  private final People people;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;
  private final VendorVisibility visibility;
  private final I18nSettings i18n;
  private final Clock clock;
  private final CaseReceipts receipts;
  private final AccessRouting routing;
  private final AccessDecisions decisions;

  VendorService(
      VendorRepository vendors,
      VendorMemberRepository members,
      AccessGrantRepository grants,
      AccessSystemRepository systems,
      RuntimeService runtime,
      IdentityAccounts accounts,
      AccessBootstrap access,
      People people,
      CurrentUser currentUser,
      AsSystem asSystem,
      VendorVisibility visibility,
      I18nSettings i18n,
      Clock clock,
      CaseReceipts receipts,
      AccessRouting routing,
      AccessDecisions decisions) {
    this.vendors = vendors;
    this.members = members;
    this.grants = grants;
    this.systems = systems;
    this.runtime = runtime;
    this.accounts = accounts;
    this.access = access;
    this.people = people;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
    this.visibility = visibility;
    this.i18n = i18n;
    this.clock = clock;
    this.receipts = receipts;
    this.routing = routing;
    this.decisions = decisions;
  }

  @Transactional
  public Vendor register(NewVendor request) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    new FieldProblems()
        .addIf(!people.isMember(request.sponsor(), PmoGroups.PM), "sponsor", Text.of("rule.not-a-pm"))
        .throwIfAny();
    String code = request.code().toLowerCase(Locale.ROOT);
    if (vendors.existsByCode(code)) {
      throw ApiException.conflict(Text.of("onboarding.conflict.vendor-exists", code).inRequestLanguage());
    }
    Locale language = request.language() == null ? i18n.defaultLanguage() : Languages.supported(request.language());
    Vendor vendor = vendors.save(new Vendor(request, language, currentUser.id(), clock.instant()));
    asSystem.run(
        () -> {
          accounts.ensureGroup(vendor.group(), "Vendor " + vendor.getCompany(), PmoGroups.VENDOR_GROUP_TYPE);
          access.grantTasklist(vendor.group());
        });
    return vendor;
  }

  @Transactional(readOnly = true)
  public Vendor get(long id) {
    Vendor vendor = find(id);
    visibility.requireVisible(id);
    return vendor;
  }

  /** Registers the members and their access requests and starts the vendor's onboarding. */
  @Transactional
  public Vendor startOnboarding(long vendorId, OnboardingRequest request) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Vendor vendor = find(vendorId);
    Map<String, SystemRole> roles = validate(vendor, request.members(), "members");
    if (vendor.getStatus() != VendorStatus.REGISTERED) {
      throw ApiException.conflict(Text.of("onboarding.conflict.started", vendor.getCode()).inRequestLanguage());
    }
    List<Long> memberIds = new ArrayList<>();
    AccessRouting.Table table = routing.table();
    for (NewMember member : request.members()) {
      memberIds.add(save(vendor, member, roles, table).getId());
    }
    ProcessInstance instance =
        FormInputGuard.asApplication(
            () -> runtime.startProcessInstanceByKey(PROCESS_KEY, vendor.getCode(), startVariables(vendor, memberIds)));
    vendor.startOnboarding(instance.getId());
    tellRequester(vendor, currentUser.id());
    return vendor;
  }

  /**
   * The RFP award's way in: registers the winner (or finds it, when a retried award step comes
   * again) and starts its onboarding with no members yet; the PMO adds them as they are named
   * ({@code POST /api/vendors/{id}/members}). The NDA is taken as not yet on file, so the PMO is
   * asked to collect it. Runs inside the award's own step, which has checked who awarded.
   *
   * <p>A vendor that wins again while its onboarding runs keeps that onboarding: the new contract's
   * number and (later) end are recorded on the vendor, the accounts' expiry and the contract-end
   * timers move with it, and the PMO adds the new members to the running onboarding (existing
   * accounts are reused: provisioning looks before it writes).
   */
  @Transactional
  public Vendor onboardAwardedVendor(AwardedVendor award) {
    String code = award.code().toLowerCase(Locale.ROOT);
    Vendor vendor = vendors.findByCode(code).orElse(null);
    if (vendor == null) {
      NewVendor request =
          new NewVendor(
              code, award.company(), award.contractNumber(), award.contractStart(), award.contractEnd(),
              false, award.sponsor(), award.leadName(), award.leadEmail(), award.language().getLanguage());
      vendor = vendors.save(new Vendor(request, award.language(), "rfp-" + award.rfpId(), clock.instant()));
      Vendor registered = vendor;
      asSystem.run(
          () -> {
            accounts.ensureGroup(registered.group(), "Vendor " + registered.getCompany(), PmoGroups.VENDOR_GROUP_TYPE);
            access.grantTasklist(registered.group());
          });
    } else if (vendor.getStatus() == VendorStatus.ACTIVE) {
      renewContract(vendor, award);
    }
    if (vendor.getStatus() == VendorStatus.REGISTERED) {
      Map<String, Object> variables = startVariables(vendor, List.of());
      variables.put(RFP_ID, award.rfpId());
      String businessKey = vendor.getCode();
      vendor.startOnboarding(
          FormInputGuard.asApplication(() -> runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey, variables)).getId());
    }
    return vendor;
  }

  /** Whoever started the onboarding is mailed its key (the vendor's code) and where to follow it. */
  private void tellRequester(Vendor vendor, String requester) {
    receipts.mail(requester, PROCESS_KEY, vendor.getCode(), "onboarding.receipt", vendor.getCompany(), vendor.getCode());
  }

  /**
   * The Tasklist start form's way in: the members typed into the form are validated like the
   * REST request and registered; returns the variables the process needs.
   */
  @Transactional
  public Map<String, Object> startFromForm(
      long vendorId, List<NewMember> newMembers, String processInstanceId, String requester) {
    Vendor vendor = find(vendorId);
    Map<String, SystemRole> roles = validate(vendor, newMembers, "members");
    if (vendor.getStatus() != VendorStatus.REGISTERED) {
      throw new io.pmoflow.web.InvalidInputException("vendorId", Text.of("onboarding.rule.started").inRequestLanguage());
    }
    List<Long> memberIds = new ArrayList<>();
    AccessRouting.Table table = routing.table();
    for (NewMember member : newMembers) {
      memberIds.add(save(vendor, member, roles, table).getId());
    }
    vendor.startOnboarding(processInstanceId);
    tellRequester(vendor, requester);
    return startVariables(vendor, memberIds);
  }

  /**
   * A start that brings member ids (the REST start and the RFP award pass them) is checked again
   * inside the engine, whoever started it: the vendor's onboarding has not started, every id is a
   * member of this vendor that the API has just entered (status ONBOARDING), each once. The
   * variables are then computed from the vendor record, replacing the caller's.
   */
  @Transactional
  public Map<String, Object> checkedStartVariables(long vendorId, List<?> memberIds) {
    Vendor vendor = find(vendorId);
    FieldProblems problems = new FieldProblems();
    problems.addIf(vendor.getStatus() != VendorStatus.REGISTERED, "vendorId", "this vendor's onboarding has already started");
    List<Long> named = memberIds.stream().map(raw -> raw instanceof Number number ? number.longValue() : null).toList();
    // the API's start has just saved these members in this transaction: they are read from it, not again from the table
    Map<Long, VendorMember> own = new HashMap<>();
    members.findLoadedOrById(named.stream().filter(Objects::nonNull).distinct().toList()).stream()
        .filter(member -> member != null && member.getVendorId().equals(vendor.getId()))
        .forEach(member -> own.put(member.getId(), member));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      Long id = named.get(i);
      VendorMember member = id == null ? null : own.get(id);
      problems.addIf(member == null, "memberIds[" + i + "]", Text.of("onboarding.rule.not-a-member", vendor.getCode()));
      problems.addIf(member != null && member.getStatus() != MemberStatus.ONBOARDING,
          "memberIds[" + i + "]", Text.of("onboarding.rule.not-waiting"));
      problems.addIf(id != null && ids.contains(id), "memberIds[" + i + "]", Text.of("rule.named-twice"));
      ids.add(id);
    }
    problems.throwIfAny();
    return startVariables(vendor, ids);
  }

  private void renewContract(Vendor vendor, AwardedVendor award) {
    boolean later = award.contractEnd().isAfter(vendor.getContractEnd());
    vendor.renewContract(award.contractNumber(), award.contractEnd());
    vendors.flush();
    if (later) {
      // once the contract runs, its end moves as an extension does; before, the timers are planned from the record
      correlateIfWaiting(vendor, CONTRACT_EXTENDED);
    }
  }

  /** Correlates the message if the vendor's onboarding waits for it; tells whether it did. */
  private boolean correlateIfWaiting(Vendor vendor, String message) {
    boolean waiting =
        asSystem.call(
            () -> runtime.createEventSubscriptionQuery().processInstanceId(vendor.getProcessInstanceId())
                .eventName(message).count() > 0);
    if (waiting) {
      asSystem.run(
          () -> runtime.createMessageCorrelation(message).processInstanceId(vendor.getProcessInstanceId()).correlateWithResult());
    }
    return waiting;
  }

  private Map<String, Object> startVariables(Vendor vendor, List<Long> memberIds) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VENDOR_ID, vendor.getId());
    // a plain list: the engine stores it as JSON (an immutable List.of() cannot be read back)
    variables.put(MEMBER_IDS, new ArrayList<>(memberIds));
    variables.put(NDA_ON_FILE, vendor.isNdaOnFile());
    variables.put(VENDOR_CASE, caseOf(vendor));
    return variables;
  }

  /** A vendor's onboarding in words, the same in every language (a task's name keeps it): "Initech (C-2027-7)". */
  static String caseOf(Vendor vendor) {
    return vendor.getCompany() + " (" + vendor.getContractNumber() + ")";
  }

  /** A member joins during the contract: they go through approval and provisioning. */
  @Transactional
  public VendorMember addMember(long vendorId, NewMember request) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Vendor vendor = find(vendorId);
    Map<String, SystemRole> roles = validate(vendor, List.of(request), null);
    requireActive(vendor);
    VendorMember member = save(vendor, request, roles, routing.table());
    asSystem.run(
        () ->
            runtime
                .createMessageCorrelation(MEMBER_ADDED)
                .processInstanceId(vendor.getProcessInstanceId())
                .setVariableLocal(MEMBER_ID, member.getId())
                .correlateWithResult());
    return member;
  }

  /** A member leaves: their access is removed at once (the process does it). */
  @Transactional
  public void removeMember(long vendorId, long memberId) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Vendor vendor = find(vendorId);
    VendorMember member =
        members
            .findById(memberId)
            .filter(m -> m.getVendorId().equals(vendor.getId()))
            .orElseThrow(() -> ApiException.notFound(Text.of("thing.member"), memberId));
    if (member.getStatus() == MemberStatus.REMOVED) {
      throw ApiException.conflict(Text.of("onboarding.conflict.removed", String.valueOf(memberId)).inRequestLanguage());
    }
    if (removalUnderWay(vendor, member)) {
      throw ApiException.conflict(Text.of("onboarding.conflict.removing", String.valueOf(memberId)).inRequestLanguage());
    }
    requireActive(vendor);
    asSystem.run(
        () ->
            runtime
                .createMessageCorrelation(MEMBER_REMOVED)
                .processInstanceId(vendor.getProcessInstanceId())
                .setVariableLocal(MEMBER_ID, member.getId())
                .correlateWithResult());
  }

  /** Whether an earlier "member leaves" for this member still waits for its removal step (a second would remove twice). */
  private boolean removalUnderWay(Vendor vendor, VendorMember member) {
    return vendor.getProcessInstanceId() != null && asSystem.call(() -> runtime.createExecutionQuery()
        .processInstanceId(vendor.getProcessInstanceId())
        .activityId(VendorOnboardingElements.TASK_REMOVE_MEMBER_ACCESS)
        .variableValueEquals(MEMBER_ID, member.getId())
        .count() > 0);
  }

  /** The contract runs longer: accounts' expiry and the contract-end timers move. */
  @Transactional
  public Vendor extendContract(long vendorId, ContractChange change) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Vendor vendor = find(vendorId);
    new FieldProblems()
        .addIf(change.contractEnd().isBefore(vendor.getContractStart()), "contractEnd", Text.of("onboarding.rule.end-before-start"))
        .addIf(!change.contractEnd().isAfter(vendor.getContractEnd()), "contractEnd", Text.of("onboarding.rule.after-current-end", String.valueOf(vendor.getContractEnd())))
        .throwIfAny();
    requireActive(vendor);
    LocalDate before = vendor.getContractEnd();
    vendor.extendContract(change.contractEnd());
    vendors.flush();
    if (!correlateIfWaiting(vendor, CONTRACT_EXTENDED)) {
      vendor.extendContract(before);
      throw ApiException.conflict(Text.of("onboarding.conflict.running", vendor.getCode()).inRequestLanguage());
    }
    return vendor;
  }

  @Transactional(readOnly = true)
  public VendorAccessView access(long vendorId) {
    Vendor vendor = find(vendorId);
    visibility.requireVisible(vendorId);
    List<VendorAccessView.MemberAccess> memberViews = new ArrayList<>();
    for (VendorMember member : members.findByVendorIdOrderById(vendor.getId())) {
      memberViews.add(
          VendorAccessView.MemberAccess.of(member, grants.findByMemberIdOrderById(member.getId())));
    }
    return VendorAccessView.of(vendor, memberViews);
  }

  /** The vendor, without a role check: for the process steps. */
  @Transactional(readOnly = true)
  public Vendor vendor(long id) {
    return find(id);
  }

  /** "Collect the NDA" shows the vendor, the contract's number and its dates. */
  public record NdaShown(String vendor, String contract) {}

  @Transactional(readOnly = true)
  public NdaShown ndaShown(long vendorId, Locale language) {
    Vendor vendor = find(vendorId);
    return new NdaShown(
        Text.of("onboarding.text.nda-vendor", vendor.getCompany(), vendor.getCode(), vendor.getLeadName(), vendor.getLeadEmail())
            .in(language),
        Text.of("onboarding.text.nda-contract", vendor.getContractNumber(), String.valueOf(vendor.getContractStart()),
            String.valueOf(vendor.getContractEnd())).in(language));
  }

  /** The PMO collected the NDA: it is on file now. */
  @Transactional
  public void recordNda(long vendorId) {
    find(vendorId).recordNda();
  }

  Vendor find(long id) {
    return vendors.findById(id).orElseThrow(() -> ApiException.notFound(Text.of("thing.vendor"), id));
  }

  private void requireActive(Vendor vendor) {
    if (vendor.getStatus() != VendorStatus.ACTIVE) {
      throw ApiException.conflict(
          Text.of("onboarding.conflict.not-active", vendor.getCode(), vendor.getStatus().name().toLowerCase(Locale.ROOT)).inRequestLanguage());
    }
  }

  /** Checks every member and request; returns the requested roles by "system/role". */
  private Map<String, SystemRole> validate(Vendor vendor, List<NewMember> newMembers, String prefix) {
    FieldProblems problems = new FieldProblems();
    Map<String, SystemRole> roles = new HashMap<>();
    Set<String> emails = new HashSet<>();
    for (int i = 0; i < newMembers.size(); i++) {
      NewMember member = newMembers.get(i);
      String path = prefix == null ? "" : prefix + "[" + i + "].";
      String email = member.email().strip().toLowerCase(Locale.ROOT);
      problems.addIf(!emails.add(email), path + "email", Text.of("rule.appears-twice"));
      for (VendorMember existing : members.findByEmailAndStatusNot(email, MemberStatus.REMOVED)) {
        problems.addIf(
            !existing.getVendorId().equals(vendor.getId()), path + "email", Text.of("onboarding.rule.other-vendor"));
        problems.addIf(
            existing.getVendorId().equals(vendor.getId()), path + "email", Text.of("onboarding.rule.already-member"));
      }
      for (int j = 0; j < member.access().size(); j++) {
        AccessRequestInput request = member.access().get(j);
        String accessPath = path + "access[" + j + "].";
        AccessSystem system = systems.findByCode(request.system()).orElse(null);
        if (system == null) {
          problems.add(accessPath + "system", Text.of("onboarding.rule.no-system").inRequestLanguage());
          continue;
        }
        system
            .role(request.role())
            .ifPresentOrElse(
                role -> roles.put(system.getCode() + "/" + role.getCode(), role),
                () -> problems.add(accessPath + "role", Text.of("onboarding.rule.no-role", system.getCode()).inRequestLanguage()));
      }
    }
    problems.throwIfAny();
    return roles;
  }

  /**
   * Saves the member and their access requests, each routed by the access-approval table as it is
   * made: inside the PMO's authority it is approved here; the member's case asks people only for the rest.
   */
  private VendorMember save(Vendor vendor, NewMember request, Map<String, SystemRole> roles, AccessRouting.Table table) {
    Instant now = clock.instant();
    VendorMember member =
        members.save(new VendorMember(vendor.getId(), request, username(vendor, request.email()), now));
    Set<Long> requested = new HashSet<>();
    for (AccessRequestInput input : request.access()) {
      SystemRole role = roles.get(input.system() + "/" + input.role());
      if (requested.add(role.getId())) {
        AccessGrant grant = grants.save(
            new AccessGrant(
                member.getId(), role, input.justification(), vendor.getContractStart(), vendor.getContractEnd(), now));
        decisions.route(grant, table.route(role.getSystem().getSensitivity(), role.getAccessLevel(), member.getMemberType()));
      }
    }
    return member;
  }

  /** A readable, unique login: {@code <vendor code>-<local part of the e-mail>}. */
  private String username(Vendor vendor, String email) {
    String local = email.strip().toLowerCase(Locale.ROOT);
    local = local.substring(0, local.indexOf('@')).replaceAll("[^a-z0-9.]", ".");
    String base = (vendor.getCode() + "-" + local);
    base = base.substring(0, Math.min(base.length(), 56));
    String candidate = base;
    for (int n = 2; members.existsByUsername(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}

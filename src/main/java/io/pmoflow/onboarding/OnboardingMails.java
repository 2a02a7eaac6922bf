package io.pmoflow.onboarding;

import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.i18n.Texts;
import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.MailText;
import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails of vendor onboarding, queued in the outbox of the step's transaction: to the vendor's
 * staff in the vendor's language, to people (the sponsoring PM, the PMO) each in their own
 * (texts {@code onboarding.mail.*} of the bundle {@code i18n/mails}).
 */
@Component
class OnboardingMails {

  /** Characters of the member list in one mail; the outbox holds bodies of up to 100,000. */
  static final int LIST_LIMIT = 60_000;

  private final MailOutbox outbox;
  private final People people;
  private final VendorMemberRepository members;
  private final AccessGrantRepository grants;
  private final AccessDecisionRepository decisions;
  private final Texts texts;
  private final String baseUrl;

  OnboardingMails(
      MailOutbox outbox,
      People people,
      VendorMemberRepository members,
      AccessGrantRepository grants,
      AccessDecisionRepository decisions,
      Texts texts,
      @Value("${pmoflow.base-url}") String baseUrl) {
    this.outbox = outbox;
    this.people = people;
    this.members = members;
    this.grants = grants;
    this.decisions = decisions;
    this.texts = texts;
    this.baseUrl = baseUrl;
  }

  void activation(VendorMember member, Vendor vendor, String token) {
    LanguageTexts text = texts.in(vendor.language());
    MailText mail = MailText.of(text, "onboarding.mail.activation", new Object[] {vendor.getCompany()},
        member.getName(), member.getUsername(), baseUrl + "/activation?token=" + token,
        text.date(vendor.getContractEnd()));
    outbox.enqueue(OutgoingMail.containingSecret(
        "vendor-member-" + member.getId() + "/activation", member.getEmail(), mail.subject(), mail.body()));
  }

  /** Who has what, until when: to the sponsoring PM and the vendor lead, each in their language. */
  void summary(Vendor vendor, String occasion) {
    VendorAccess access = access(vendor);
    for (Map.Entry<String, LanguageTexts> to : recipients(vendor).entrySet()) {
      LanguageTexts text = to.getValue();
      outbox.enqueue(MailText.of(text, "onboarding.mail.summary", new Object[] {vendor.getCompany()},
              vendor.getCompany(), vendor.getContractNumber(), text.date(vendor.getContractEnd()),
              String.join("\n", accessLines(text, vendor, access)))
          .to("vendor-" + vendor.getId() + "/summary/" + occasion + "/" + to.getKey(), to.getKey()));
    }
  }

  /** Tells the PMO that an access request was rejected: who rejected it, at which stage, and why. */
  void accessRejected(Vendor vendor, VendorMember member, AccessGrant grant, AccessDecision decision) {
    for (User pmo : people.membersOf(PmoGroups.PMO)) {
      if (pmo.getEmail() == null || pmo.getEmail().isBlank()) {
        continue;
      }
      LanguageTexts text = texts.forPerson(pmo.getId());
      outbox.enqueue(MailText.of(text, "onboarding.mail.rejected",
              new Object[] {member.getName(), grant.getRole().getSystem().getCode() + "/" + grant.getRole().getCode(),
                  vendor.getCompany()},
              member.getName(), member.getEmail(), vendor.getCompany(), vendor.getContractNumber(),
              grant.getRole().getSystem().getName() + " / " + grant.getRole().getName(), decision.getDecidedBy(),
              decision.getStage(), decision.getReason(), grant.getJustification(),
              decisionLines(text, decisions.findByGrantIdOrderById(grant.getId()), "  - "))
          .to("access-grant-" + decision.getGrantId() + "/rejected/" + pmo.getEmail(), pmo.getEmail()));
    }
  }

  void contractEnding(Vendor vendor, LocalDate today) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(today, vendor.getContractEnd());
    people.user(vendor.getSponsor()).filter(u -> u.getEmail() != null).ifPresent(pm -> {
      LanguageTexts text = texts.forPerson(pm.getId());
      outbox.enqueue(MailText.of(text, "onboarding.mail.contractEnding",
              new Object[] {vendor.getCompany(), text.date(vendor.getContractEnd())},
              MailText.greeting(pm), vendor.getContractNumber(), vendor.getCompany(), String.valueOf(days),
              text.date(vendor.getContractEnd()), String.join("\n", accessLines(text, vendor, access(vendor))))
          .to("vendor-" + vendor.getId() + "/contract-ending/" + vendor.getContractEnd() + "/" + days, pm.getEmail()));
    });
  }

  /** The sponsoring PM in their language, the vendor lead in the vendor's, by address. */
  private Map<String, LanguageTexts> recipients(Vendor vendor) {
    Map<String, LanguageTexts> to = new LinkedHashMap<>();
    people.user(vendor.getSponsor()).filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
        .ifPresent(pm -> to.put(pm.getEmail(), texts.forPerson(pm.getId())));
    to.putIfAbsent(vendor.getLeadEmail(), texts.in(vendor.language()));
    return to;
  }

  /** The vendor's members, their grants and the decisions on them, read once for all the mail's languages. */
  private record VendorAccess(
      List<VendorMember> members, Map<Long, List<AccessGrant>> grants, Map<Long, List<AccessDecision>> decisions) {}

  private VendorAccess access(Vendor vendor) {
    return new VendorAccess(members.findByVendorIdOrderById(vendor.getId()),
        grants.findOfVendorOrderById(vendor.getId()).stream()
            .collect(Collectors.groupingBy(AccessGrant::getMemberId)),
        decisions.findOfVendorOrderById(vendor.getId()).stream()
            .collect(Collectors.groupingBy(AccessDecision::getGrantId)));
  }

  private String decisionLines(LanguageTexts text, List<AccessDecision> trail, String indent) {
    List<String> lines = new ArrayList<>();
    for (AccessDecision decision : trail) {
      lines.add(indent + text.get(decision.isApproved() ? "onboarding.mail.decision.approved" : "onboarding.mail.decision.rejected",
          decision.getStage(), decision.getDecidedBy(), decision.getReason()));
    }
    return String.join("\n", lines);
  }

  /**
   * Who has what until when, member by member. A large vendor's list stops after about
   * {@value #LIST_LIMIT} characters at a member's end and names how many members follow and where
   * the whole list is: a 500-member onboarding's summary ran past what a mail body may hold (the
   * outbox keeps at most 100,000 characters), and its step failed into an incident.
   */
  private List<String> accessLines(LanguageTexts text, Vendor vendor, VendorAccess access) {
    List<String> lines = new ArrayList<>();
    List<VendorMember> all = access.members();
    int length = 0;
    for (int i = 0; i < all.size(); i++) {
      List<String> block = memberLines(text, all.get(i), access);
      int blockLength = block.stream().mapToInt(line -> line.length() + 1).sum();
      if (length + blockLength > LIST_LIMIT) {
        lines.add("");
        lines.add(text.get("onboarding.mail.moreMembers", all.size() - i, baseUrl + "/pmo/vendors/" + vendor.getId()));
        break;
      }
      lines.addAll(block);
      length += blockLength;
    }
    return lines;
  }

  private List<String> memberLines(LanguageTexts text, VendorMember member, VendorAccess access) {
    List<String> lines = new ArrayList<>();
    lines.add(text.get("onboarding.mail.member", member.getName(), member.getUsername(),
        text.get("onboarding.mail.memberStatus." + member.getStatus().name())));
    for (AccessGrant grant : access.grants().getOrDefault(member.getId(), List.of())) {
      lines.add("  - " + text.get("onboarding.mail.grant",
          grant.getRole().getSystem().getName() + " / " + grant.getRole().getName(),
          text.get("onboarding.mail.grantStatus." + grant.getStatus().name()),
          text.date(grant.getValidFrom()), text.date(grant.getValidUntil())));
      // every decision on the grant in order (the PMO's rule, or security then the PM), not only the last
      String trail = decisionLines(text, access.decisions().getOrDefault(grant.getId(), List.of()), "      ");
      if (!trail.isEmpty()) {
        lines.add(trail);
      }
    }
    return lines;
  }

}

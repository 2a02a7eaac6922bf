package io.pmoflow.onboarding;


import io.pmoflow.notification.MailOutbox;
import io.pmoflow.notification.OutgoingMail;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mails of vendor onboarding, queued in the outbox of the step's transaction. */
@Component
class OnboardingMails {

  private final MailOutbox outbox;
  private final People people;
  private final VendorMemberRepository members;
  private final AccessGrantRepository grants;
  private final AccessDecisionRepository decisions;
  private final String baseUrl;

  OnboardingMails(
      MailOutbox outbox,
      People people,
      VendorMemberRepository members,
      AccessGrantRepository grants,
      AccessDecisionRepository decisions,
      @Value("${pmoflow.base-url}") String baseUrl) {
    this.outbox = outbox;
    this.people = people;
    this.members = members;
    this.grants = grants;
    this.decisions = decisions;
    this.baseUrl = baseUrl;
  }

  void activation(VendorMember member, Vendor vendor, String token) {
    outbox.enqueue(
        OutgoingMail.containingSecret(
            "vendor-member-" + member.getId() + "/activation",
            member.getEmail(),
            "Your PMO Flow account for " + vendor.getCompany(),
            "Hello " + member.getName() + ",\n\n"
                + "an account has been made for you: user name " + member.getUsername() + ".\n"
                + "Choose your password with this one-time link (it works once and expires):\n"
                + baseUrl + "/activation?token=" + token + "\n\n"
                + "Your access ends with the contract on " + vendor.getContractEnd() + ".\n\nPMO Flow"));
  }

  /** Who has what, until when: to the sponsoring PM and the vendor lead. */
  void summary(Vendor vendor, String occasion) {
    String body = "Access of " + vendor.getCompany() + " (contract " + vendor.getContractNumber() + ", until "
        + vendor.getContractEnd() + "):\n\n" + String.join("\n", accessLines(vendor)) + "\n\nPMO Flow";
    String subject = "Access summary: " + vendor.getCompany();
    for (String to : recipients(vendor)) {
      outbox.enqueue(new OutgoingMail("vendor-" + vendor.getId() + "/summary/" + occasion + "/" + to, to, subject, body));
    }
  }

  /** Tells the PMO that an access request was rejected: who rejected it, at which stage, and why. */
  void accessRejected(Vendor vendor, VendorMember member, AccessGrant grant, AccessDecision decision) {
    String access = grant.getRole().getSystem().getName() + " / " + grant.getRole().getName();
    String subject = "Access rejected: " + member.getName() + " \u2192 " + grant.getRole().getSystem().getCode() + "/"
        + grant.getRole().getCode() + " (" + vendor.getCompany() + ")";
    String body = "The request of " + member.getName() + " <" + member.getEmail() + "> (" + vendor.getCompany()
        + ", contract " + vendor.getContractNumber() + ") for " + access + " was rejected.\n\n"
        + "Rejected by: " + decision.getDecidedBy() + " (" + decision.getStage() + ")\n"
        + "Why: " + decision.getReason() + "\n"
        + "The member had asked because: " + grant.getJustification() + "\n\n"
        + "Every decision on this request:\n" + decisionLines(grant, "  - ") + "\n\n"
        + "Talk to the member's vendor, or ask again with a new justification.\n\nPMO Flow";
    for (User pmo : people.membersOf(PmoGroups.PMO)) {
      if (pmo.getEmail() != null && !pmo.getEmail().isBlank()) {
        outbox.enqueue(new OutgoingMail(
            "access-grant-" + decision.getGrantId() + "/rejected/" + pmo.getEmail(), pmo.getEmail(), subject, body));
      }
    }
  }

  private String decisionLines(AccessGrant grant, String indent) {
    List<String> lines = new ArrayList<>();
    for (AccessDecision decision : decisions.findByGrantIdOrderById(grant.getId())) {
      lines.add(indent + decision.inWords());
    }
    return String.join("\n", lines);
  }

  void contractEnding(Vendor vendor, LocalDate today) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(today, vendor.getContractEnd());
    people.user(vendor.getSponsor()).filter(u -> u.getEmail() != null).ifPresent(pm ->
        outbox.enqueue(
            new OutgoingMail(
                "vendor-" + vendor.getId() + "/contract-ending/" + vendor.getContractEnd() + "/" + days,
                pm.getEmail(),
                "Contract of " + vendor.getCompany() + " ends on " + vendor.getContractEnd(),
                "Hello " + pm.getFirstName() + ",\n\nthe contract " + vendor.getContractNumber() + " of "
                    + vendor.getCompany() + " ends in " + days + " days, on " + vendor.getContractEnd()
                    + ". On that day every account of its staff is disabled.\n"
                    + "If the contract is extended, tell the PMO so the access moves with it.\n\n"
                    + String.join("\n", accessLines(vendor)) + "\n\nPMO Flow")));
  }

  private List<String> recipients(Vendor vendor) {
    List<String> to = new ArrayList<>();
    people.user(vendor.getSponsor()).map(u -> u.getEmail()).filter(e -> e != null && !e.isBlank()).ifPresent(to::add);
    if (!to.contains(vendor.getLeadEmail())) {
      to.add(vendor.getLeadEmail());
    }
    return to;
  }

  private List<String> accessLines(Vendor vendor) {
    List<String> lines = new ArrayList<>();
    for (VendorMember member : members.findByVendorIdOrderById(vendor.getId())) {
      lines.add(member.getName() + " (" + member.getUsername() + ", " + member.getStatus().name().toLowerCase() + ")");
      for (AccessGrant grant : grants.findByMemberIdOrderById(member.getId())) {
        lines.add("  - " + grant.getRole().getSystem().getName() + " / " + grant.getRole().getName() + ": "
            + grant.getStatus().name().toLowerCase() + ", " + grant.getValidFrom() + " to " + grant.getValidUntil());
        // every decision on the grant in order (the PMO's rule, or security then the PM), not only the last
        String trail = decisionLines(grant, "      ");
        if (!trail.isEmpty()) {
          lines.add(trail);
        }
      }
    }
    return lines;
  }
}

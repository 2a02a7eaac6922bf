package io.pmoflow.onboarding;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import io.pmoflow.process.CaseTexts;
import io.pmoflow.process.RuleTexts;
import java.util.Locale;
import io.swagger.v3.oas.annotations.media.Schema;
import io.pmoflow.i18n.LanguageTexts;
import io.pmoflow.web.ReadablePage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Who of a vendor's team has what, since when, until when, approved by whom. */
public record VendorAccessView(
    long vendorId,
    String code,
    String company,
    String contractNumber,
    LocalDate contractStart,
    LocalDate contractEnd,
    boolean ndaOnFile,
    String sponsor,
    String status,
    @Schema(description = "the language of the vendor's staff (ja or en)", allowableValues = {"ja", "en"})
        String language,
    List<MemberAccess> members) {

  static VendorAccessView of(Vendor vendor, List<MemberAccess> members) {
    return new VendorAccessView(
        vendor.getId(), vendor.getCode(), vendor.getCompany(), vendor.getContractNumber(),
        vendor.getContractStart(), vendor.getContractEnd(), vendor.isNdaOnFile(), vendor.getSponsor(),
        vendor.getStatus().name(), vendor.language().getLanguage(), members);
  }

  /** Who has what as a readable page (the follow link of the onboarding's receipt mail and of Tasklist's start message), in {@code texts}' language. */
  public String page(LanguageTexts texts) {
    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put(texts.get("vendor.page.status"), status);
    sections.put(texts.get("vendor.page.contract"), texts.get("vendor.page.contract-terms", contractNumber,
        texts.date(contractStart), texts.date(contractEnd), sponsor,
        texts.get(ndaOnFile ? "vendor.page.nda-on-file" : "vendor.page.nda-missing")));
    sections.put(texts.get("vendor.page.members"), members.isEmpty() ? texts.get("vendor.page.no-members") : members.stream()
        .map(m -> m.name() + " <" + m.email() + ">, " + m.roleInProject() + ": " + m.status()
            + m.grants().stream().map(g -> "\n  " + g.system() + " / " + g.role() + ": " + g.status()
                + (g.validUntil() == null ? "" : texts.get("vendor.page.until", texts.date(g.validUntil())))
                + (g.decidedBy() == null ? "" : texts.get("vendor.page.decided-by", g.decidedBy())))
                .collect(Collectors.joining()))
        .collect(Collectors.joining("\n")));
    return ReadablePage.of(texts.get("vendor.page.title", company, code), sections);
  }

  public record MemberAccess(
      long memberId, String name, String email, String username, String roleInProject,
      String memberType, String status, Instant activatedAt, List<Grant> grants) {

    static MemberAccess of(VendorMember member, List<AccessGrant> grants) {
      return new MemberAccess(
          member.getId(), member.getName(), member.getEmail(), member.getUsername(),
          member.getRoleInProject(), member.getMemberType().name(), member.getStatus().name(),
          member.getActivatedAt(), grants.stream().map(Grant::of).toList());
    }
  }

  public record Grant(
      long grantId, String system, String role, String directoryGroup, String status,
      String approvalRoute, String justification, LocalDate validFrom, LocalDate validUntil,
      String decidedBy, Instant decidedAt, String decisionReason, Instant provisionedAt, Instant endedAt) {

    /** The grant as the caller reads it: a decider that is no person and a routing rule in the request's language. */
    static Grant of(AccessGrant grant) {
      SystemRole role = grant.getRole();
      Locale language = RequestLanguage.current(Languages.ENGLISH);
      return new Grant(
          grant.getId(), role.getSystem().getCode(), role.getCode(), role.getDirectoryGroup(),
          grant.getStatus().name(), grant.getApprovalRoute(), grant.getJustification(),
          grant.getValidFrom(), grant.getValidUntil(), CaseTexts.in(language, grant.getDecidedBy()), grant.getDecidedAt(),
          RuleTexts.in(language, grant.getDecisionReason()), grant.getProvisionedAt(), grant.getEndedAt());
    }
  }
}

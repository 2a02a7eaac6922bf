package io.pmoflow.onboarding;

import io.pmoflow.listing.ListPage;
import io.pmoflow.listing.PageParameters;
import io.pmoflow.pages.FieldErrors;
import io.pmoflow.pages.PageController;
import io.pmoflow.pages.PageOption;
import io.pmoflow.pages.PageTexts;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.People;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.InvalidInputException;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The vendors' pages: the list, registering a vendor with the API's checks, and one page per vendor
 * with its contract, members and each member's access (who approved it, until when). Who sees
 * which vendor is the API's rule ({@link VendorVisibility}, through {@link VendorList} and
 * {@link VendorService}).
 */
@PageController
@RequestMapping("/pmo/vendors")
class VendorPages {

  private final VendorService vendors;
  private final VendorList list;
  private final CurrentUser currentUser;
  private final People people;
  private final Validator validator;
  private final PageTexts texts;
  private final AccessReconciliation reconciliation;

  VendorPages(VendorService vendors, VendorList list, CurrentUser currentUser, People people, Validator validator, PageTexts texts,
      AccessReconciliation reconciliation) {
    this.reconciliation = reconciliation;
    this.vendors = vendors;
    this.list = list;
    this.currentUser = currentUser;
    this.people = people;
    this.validator = validator;
    this.texts = texts;
  }

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
    ListPage<VendorListItem> found =
        list.page(VendorList.Query.read(new VendorListParameters(null, q, null, null), new PageParameters(page, null, null)));
    model.addAttribute("vendors", found);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("mayRegister", currentUser.isInAny(PmoGroups.PMO));
    return "onboarding/vendors";
  }

  @GetMapping("/new")
  String registration(Model model) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    return form(new VendorForm(), FieldErrors.none(), model);
  }

  @PostMapping
  String register(@ModelAttribute("form") VendorForm form, Model model) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    FieldErrors errors = FieldErrors.none();
    NewVendor request = form.read(errors, texts.get("pages.field.not-a-date"));
    FieldErrors rules = FieldErrors.of(validator, request);
    for (String field : rules.fields()) {
      if (!errors.has(field)) {
        rules.of(field).forEach(message -> errors.add(field.equals("contractEnd") || field.equals("isContractEnd") ? "contractEnd" : field, message));
      }
    }
    if (!errors.any()) {
      try {
        return "redirect:/pmo/vendors/" + vendors.register(request).getId() + "?registered";
      } catch (InvalidInputException refused) {
        errors.add(refused);
      } catch (ApiException refused) {
        if (refused.status() != HttpStatus.CONFLICT) {
          throw refused;
        }
        errors.add("code", refused.getMessage());
      }
    }
    return form(form, errors, model);
  }

  @GetMapping("/{id}")
  String vendor(@PathVariable long id, Model model) {
    VendorAccessView vendor = vendors.access(id);
    model.addAttribute("vendor", vendor);
    model.addAttribute("mayStartOnboarding", currentUser.isInAny(PmoGroups.PMO) && "REGISTERED".equals(vendor.status()));
    boolean oversight = currentUser.isInAny(PmoGroups.VENDOR_OVERSIGHT);
    model.addAttribute("showFindings", oversight);
    model.addAttribute("findings", oversight ? findings(vendor.code()) : null);
    model.addAttribute("errors", FieldErrors.none());
    model.addAttribute("form", memberForm(java.util.Map.of()));
    model.addAttribute("memberTypes", List.of(new PageOption("EMPLOYEE", texts.get("pages.vendor.member.type.EMPLOYEE")),
        new PageOption("SUBCONTRACTOR", texts.get("pages.vendor.member.type.SUBCONTRACTOR"))));
    return "onboarding/vendor";
  }

  /**
   * Starts the vendor's onboarding with its first member and that member's access, through the
   * API's own call (same checks: catalogue, roles, contract); more members are added later.
   */
  @PostMapping("/{id}/onboarding")
  String startOnboarding(@PathVariable long id, @RequestParam java.util.Map<String, String> typed, Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    FieldErrors errors = FieldErrors.none();
    MemberType type = null;
    String typedType = io.pmoflow.pages.TypedValues.text(typed.get("memberType"));
    try {
      type = typedType == null ? null : MemberType.valueOf(typedType);
    } catch (IllegalArgumentException unknown) {
      errors.add("memberType", texts.get("pages.vendor.member.type.unknown"));
    }
    OnboardingRequest request = new OnboardingRequest(List.of(new NewMember(
        io.pmoflow.pages.TypedValues.text(typed.get("name")), io.pmoflow.pages.TypedValues.text(typed.get("email")),
        io.pmoflow.pages.TypedValues.text(typed.get("roleInProject")), type,
        List.of(new AccessRequestInput(io.pmoflow.pages.TypedValues.text(typed.get("system")),
            io.pmoflow.pages.TypedValues.text(typed.get("role")), io.pmoflow.pages.TypedValues.text(typed.get("justification")))))));
    FieldErrors rules = FieldErrors.of(validator, request);
    rules.fields().forEach(field -> rules.of(field).forEach(message -> errors.add(memberField(field), message)));
    if (!errors.any()) {
      try {
        vendors.startOnboarding(id, request);
        return "redirect:/pmo/vendors/" + id + "?started";
      } catch (InvalidInputException refused) {
        refused.fieldProblems().forEach(problem -> errors.add(memberField(problem.field()), problem.message()));
      } catch (ApiException refused) {
        if (refused.status() != HttpStatus.CONFLICT) {
          throw refused;
        }
        errors.add("name", refused.getMessage());
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    vendor(id, model);
    model.addAttribute("errors", errors);
    model.addAttribute("form", memberForm(typed));
    return "onboarding/vendor";
  }

  /**
   * What the directory holds for this vendor that no grant explains, read now (for the PMO and
   * security only); null when the directory cannot be reached, which the page says.
   */
  private List<String> findings(String vendorCode) {
    try {
      return reconciliation.findingsOf(vendorCode).stream().map(io.pmoflow.i18n.Text::inRequestLanguage).toList();
    } catch (io.pmoflow.directory.DirectoryUnavailableException unreachable) {
      return null;
    }
  }

  /** The onboarding form's values as typed, every field present (blank when not typed). */
  private static java.util.Map<String, String> memberForm(java.util.Map<String, String> typed) {
    java.util.Map<String, String> form = new java.util.HashMap<>();
    for (String field : List.of("name", "email", "roleInProject", "memberType", "system", "role", "justification")) {
      form.put(field, typed.getOrDefault(field, ""));
    }
    return form;
  }

  /** {@code members[0].access[0].system} is the form's {@code system}. */
  private static String memberField(String path) {
    return path.replaceFirst("^members(\\[0\\])?\\.?", "").replaceFirst("^access(\\[0\\])?\\.?", "");
  }

  private String form(VendorForm form, FieldErrors errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("sponsors", people.membersOf(PmoGroups.PM).stream()
        .map(user -> new PageOption(user.getId(), People.nameOf(user) + " (" + user.getId() + ")")).toList());
    model.addAttribute("languages", List.of(new PageOption("ja", "日本語"), new PageOption("en", "English")));
    return "onboarding/vendor-form";
  }
}

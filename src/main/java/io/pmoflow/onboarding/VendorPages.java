package io.pmoflow.onboarding;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
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
import io.pmoflow.pages.TypedValues;
import io.pmoflow.process.CaseTexts;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
 * with its contract, members and each member's access (who approved it, until when), where the PMO
 * starts the onboarding, adds members and ends a member's access. Who sees
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
    boolean pmo = currentUser.isInAny(PmoGroups.PMO);
    model.addAttribute("vendor", vendor);
    // the view names the deciders in the reader's language (VendorAccessView.Grant): compare in it too
    model.addAttribute("delegatedAuthority",
        CaseTexts.in(RequestLanguage.current(Languages.ENGLISH), AccessDecisions.DELEGATED_AUTHORITY));
    model.addAttribute("mayStartOnboarding", pmo && "REGISTERED".equals(vendor.status()));
    model.addAttribute("mayChangeMembers", pmo && "ACTIVE".equals(vendor.status()));
    boolean oversight = currentUser.isInAny(PmoGroups.VENDOR_OVERSIGHT);
    model.addAttribute("showFindings", oversight);
    model.addAttribute("findings", oversight ? findings(vendor.code()) : null);
    model.addAttribute("errors", FieldErrors.none());
    model.addAttribute("form", memberForm(Map.of()));
    model.addAttribute("memberTypes", List.of(new PageOption("EMPLOYEE", texts.get("pages.vendor.member.type.EMPLOYEE")),
        new PageOption("SUBCONTRACTOR", texts.get("pages.vendor.member.type.SUBCONTRACTOR"))));
    return "onboarding/vendor";
  }

  /**
   * Starts the vendor's onboarding with its first member and that member's access, through the
   * API's own call (same checks: catalogue, roles, contract); more members are added later.
   */
  @PostMapping("/{id}/onboarding")
  String startOnboarding(@PathVariable long id, @RequestParam Map<String, String> typed, Model model, HttpServletResponse response) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    return changeMembers(id, typed, model, response, member -> vendors.startOnboarding(id, new OnboardingRequest(List.of(member))),
        "started");
  }

  /** A member joins the running contract: the API's call, its checks next to each field. */
  @PostMapping("/{id}/members")
  String addMember(@PathVariable long id, @RequestParam Map<String, String> typed, Model model, HttpServletResponse response) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    return changeMembers(id, typed, model, response, member -> vendors.addMember(id, member), "added");
  }

  /** A member leaves: the API's call; their access is removed by the onboarding process. */
  @PostMapping("/{id}/members/{memberId}/removal")
  String removeMember(@PathVariable long id, @PathVariable long memberId, Model model, HttpServletResponse response) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    try {
      vendors.removeMember(id, memberId);
      return "redirect:/pmo/vendors/" + id + "?removed";
    } catch (ApiException refused) {
      if (refused.status() != HttpStatus.CONFLICT) {
        throw refused;
      }
      response.setStatus(HttpStatus.CONFLICT.value());
      vendor(id, model);
      model.addAttribute("refusal", refused.getMessage());
      return "onboarding/vendor";
    }
  }

  /**
   * Reads the member form as the API's request ({@link NewMember} with one access), checks it with
   * the request's own rules and hands it to {@code change}; refusals go next to their fields, a
   * refusal of the whole change (the vendor is not active, the onboarding runs) above the form.
   */
  private String changeMembers(long id, Map<String, String> typed, Model model, HttpServletResponse response,
      Consumer<NewMember> change, String done) {
    FieldErrors errors = FieldErrors.none();
    NewMember member = readMember(typed, errors);
    FieldErrors rules = FieldErrors.of(validator, member);
    rules.fields().forEach(field -> rules.of(field).forEach(message -> errors.add(memberField(field), message)));
    String refusal = null;
    if (!errors.any()) {
      try {
        change.accept(member);
        return "redirect:/pmo/vendors/" + id + "?" + done;
      } catch (InvalidInputException refused) {
        refused.fieldProblems().forEach(problem -> errors.add(memberField(problem.field()), problem.message()));
      } catch (ApiException refused) {
        if (refused.status() != HttpStatus.CONFLICT) {
          throw refused;
        }
        refusal = refused.getMessage();
      }
    }
    response.setStatus(refusal == null ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
    vendor(id, model);
    model.addAttribute("errors", errors);
    model.addAttribute("form", memberForm(typed));
    model.addAttribute("refusal", refusal);
    return "onboarding/vendor";
  }

  private NewMember readMember(Map<String, String> typed, FieldErrors errors) {
    MemberType type = null;
    String typedType = TypedValues.text(typed.get("memberType"));
    try {
      type = typedType == null ? null : MemberType.valueOf(typedType);
    } catch (IllegalArgumentException unknown) {
      errors.add("memberType", texts.get("pages.vendor.member.type.unknown"));
    }
    return new NewMember(TypedValues.text(typed.get("name")), TypedValues.text(typed.get("email")),
        TypedValues.text(typed.get("roleInProject")), type,
        List.of(new AccessRequestInput(TypedValues.text(typed.get("system")), TypedValues.text(typed.get("role")),
            TypedValues.text(typed.get("justification")))));
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
  private static Map<String, String> memberForm(Map<String, String> typed) {
    Map<String, String> form = new HashMap<>();
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

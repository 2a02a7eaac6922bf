package io.pmoflow.rfp;

import io.pmoflow.pages.FieldErrors;
import io.pmoflow.i18n.Text;
import io.pmoflow.pages.PageController;
import io.pmoflow.pages.TypedValues;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The vendor portal ({@code /pmo/portal}): a vendor's staff see their company's invitations, read the
 * RFP document and every answer, ask, say whether they bid, upload their proposal with its files and
 * see what they sent and when. Every change is the API's own call ({@link RfpService}, {@link
 * RfpProposals}); a refusal is shown next to the form that caused it, with its status. After the
 * deadline the page offers no form, and a POST sent anyway is refused by the service (409).
 */
@PageController
@RequestMapping("/pmo/portal")
class VendorPortalPages {

  private final VendorPortal portal;
  private final RfpService rfps;
  private final RfpProposals proposals;
  private final Validator validator;

  VendorPortalPages(VendorPortal portal, RfpService rfps, RfpProposals proposals, Validator validator) {
    this.portal = portal;
    this.rfps = rfps;
    this.proposals = proposals;
    this.validator = validator;
  }

  @GetMapping
  String invitations(Model model) {
    model.addAttribute("invitations", portal.invitations());
    return "rfp/portal";
  }

  @GetMapping("/rfps/{id}")
  String invitation(@PathVariable long id, Model model) {
    return page(id, FieldErrors.none(), new Typed("", "", ""), model);
  }

  @PostMapping("/rfps/{id}/questions")
  String ask(@PathVariable long id, @RequestParam(defaultValue = "") String question, Model model, HttpServletResponse response) {
    NewQuestion request = new NewQuestion(question);
    return change(id, "question", FieldErrors.of(validator, request), () -> rfps.ask(id, request), "asked",
        new Typed(question, "", ""), model, response);
  }

  @PostMapping("/rfps/{id}/intent")
  String intent(@PathVariable long id, @RequestParam boolean bid, Model model, HttpServletResponse response) {
    return change(id, "intent", FieldErrors.none(), () -> {
      rfps.intent(id, bid);
      return null;
    }, bid ? "bidding" : "declined", new Typed("", "", ""), model, response);
  }

  @PostMapping("/rfps/{id}/proposal")
  String propose(@PathVariable long id, @RequestParam(defaultValue = "") String price, @RequestParam(defaultValue = "") String summary,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, HttpServletResponse response) {
    FieldErrors errors = FieldErrors.none();
    NewProposal request = new NewProposal(TypedValues.amount(price, "price", errors, Text.of("input.number").inRequestLanguage()),
        TypedValues.text(summary));
    FieldErrors rules = FieldErrors.of(validator, request);
    rules.fields().stream().filter(field -> !errors.has(field)).forEach(field -> rules.of(field).forEach(m -> errors.add(field, m)));
    return change(id, "files", errors, () -> proposals.propose(id, request, ProposalUpload.of(files)), "proposed",
        new Typed("", price, summary), model, response);
  }

  @PostMapping("/rfps/{id}/proposal/files")
  String addFiles(@PathVariable long id, @RequestParam long proposal,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, HttpServletResponse response) {
    return change(id, "more", FieldErrors.none(), () -> proposals.addFiles(id, proposal, ProposalUpload.of(files)), "added",
        new Typed("", "", ""), model, response);
  }

  @PostMapping("/rfps/{id}/proposal/files/{fileId}/delete")
  String deleteFile(@PathVariable long id, @PathVariable long fileId, @RequestParam long proposal, Model model,
      HttpServletResponse response) {
    return change(id, "more", FieldErrors.none(), () -> proposals.deleteFile(id, proposal, fileId), "deleted",
        new Typed("", "", ""), model, response);
  }

  /**
   * Does the change unless the form's own rules already refuse it; a refusal of the service (400,
   * 409, 413, 415) is shown under {@code field} with the page answering its status; 403 and 404 are
   * the error page's.
   */
  private String change(long id, String field, FieldErrors errors, Supplier<Object> work, String done, Typed typed, Model model,
      HttpServletResponse response) {
    if (!errors.any()) {
      try {
        work.get();
        return "redirect:/pmo/portal/rfps/" + id + "?" + done;
      } catch (InvalidInputException refused) {
        errors.add(refused);
      } catch (ApiException refused) {
        if (refused.status() == HttpStatus.FORBIDDEN || refused.status() == HttpStatus.NOT_FOUND) {
          throw refused;
        }
        errors.add(field, refused.getMessage());
        response.setStatus(refused.status().value());
        return page(id, errors, typed, model);
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(id, errors, typed, model);
  }

  private String page(long id, FieldErrors errors, Typed typed, Model model) {
    model.addAttribute("rfp", portal.invitation(id));
    model.addAttribute("errors", errors);
    model.addAttribute("form", typed);
    return "rfp/portal-rfp";
  }

  /** What was typed into the page's forms, shown again when a form is refused. */
  public static final class Typed {
    private final String question;
    private final String price;
    private final String summary;

    Typed(String question, String price, String summary) {
      this.question = question;
      this.price = price;
      this.summary = summary;
    }

    public String getQuestion() {
      return question;
    }

    public String getPrice() {
      return price;
    }

    public String getSummary() {
      return summary;
    }
  }
}

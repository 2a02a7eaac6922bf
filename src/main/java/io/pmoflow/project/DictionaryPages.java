package io.pmoflow.project;

import io.pmoflow.pages.FieldErrors;
import io.pmoflow.pages.PageController;
import io.pmoflow.web.InvalidInputException;
import jakarta.validation.Validator;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/** The project dictionary, edited in place on the project's page: define, change or remove a term. */
@PageController
@RequestMapping("/pmo/projects/{id}/dictionary")
class DictionaryPages {

  private final ProjectService projects;
  private final ProjectPage page;
  private final Validator validator;

  DictionaryPages(ProjectService projects, ProjectPage page, Validator validator) {
    this.projects = projects;
    this.page = page;
    this.validator = validator;
  }

  @PostMapping
  String define(@PathVariable long id, @ModelAttribute("edit") DictionaryEdit edit, Model model) {
    Project project = projects.get(id);
    FieldErrors errors = FieldErrors.of(validator, new TermDefinition(blankAsNull(edit.getDefinition())));
    if (edit.getTerm().isBlank()) {
      errors.add("term", requiredText());
    }
    if (!errors.any()) {
      try {
        projects.define(id, edit.getTerm(), edit.getDefinition().strip());
        return "redirect:/pmo/projects/" + id + "?term=" + UriUtils.encodeQueryParam(edit.getTerm().strip(), "UTF-8") + "#dictionary";
      } catch (InvalidInputException refused) {
        errors.add(refused);
      }
    }
    edit.refused(errors);
    page.fill(project, edit, model);
    return "project/project";
  }

  @PostMapping("/remove")
  String remove(@PathVariable long id, @ModelAttribute("edit") DictionaryEdit edit) {
    projects.removeTerm(id, edit.getTerm());
    return "redirect:/pmo/projects/" + id + "#dictionary";
  }

  /** The rule "is required" of the API, in the request's language. */
  private String requiredText() {
    return FieldErrors.of(validator, new TermDefinition(null)).of("definition").get(0);
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}

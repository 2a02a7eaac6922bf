package io.pmoflow.project;

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
 * The projects' pages: the list, registering and editing a project with the API's checks, and one
 * page per project (its facts, dictionary and cases: {@link ProjectPage}).
 */
@PageController
@RequestMapping("/pmo/projects")
class ProjectPages {

  private final ProjectService projects;
  private final ProjectList list;
  private final ProjectPage page;
  private final CurrentUser currentUser;
  private final People people;
  private final Validator validator;
  private final PageTexts texts;

  ProjectPages(ProjectService projects, ProjectList list, ProjectPage page, CurrentUser currentUser, People people,
      Validator validator, PageTexts texts) {
    this.projects = projects;
    this.list = list;
    this.page = page;
    this.currentUser = currentUser;
    this.people = people;
    this.validator = validator;
    this.texts = texts;
  }

  @GetMapping
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
    ListPage<ProjectView> found =
        list.page(ProjectList.Query.read(new ProjectListParameters(q, null, null), new PageParameters(page, null, null)));
    model.addAttribute("projects", found);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("mayRegister", currentUser.isInAny(PmoGroups.PMO));
    return "project/projects";
  }

  @GetMapping("/new")
  String registration(Model model) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    return form(new ProjectForm(), FieldErrors.none(), null, model);
  }

  @PostMapping
  String register(@ModelAttribute("form") ProjectForm form, Model model) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    FieldErrors errors = FieldErrors.none();
    NewProject request = read(form, errors);
    if (!errors.any()) {
      try {
        return "redirect:/pmo/projects/" + projects.register(request).getId() + "?saved";
      } catch (InvalidInputException refused) {
        errors.add(refused);
      } catch (ApiException refused) {
        onCode(refused, errors);
      }
    }
    return form(form, errors, null, model);
  }

  @GetMapping("/{id}")
  String project(@PathVariable long id, Model model) {
    page.fill(projects.get(id), model);
    return "project/project";
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Project project = projects.get(id);
    return form(ProjectForm.of(project), FieldErrors.none(), project, model);
  }

  @PostMapping("/{id}")
  String change(@PathVariable long id, @ModelAttribute("form") ProjectForm form, Model model) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Project project = projects.get(id);
    FieldErrors errors = FieldErrors.none();
    NewProject request = read(form, errors);
    if (!errors.any()) {
      try {
        projects.change(id, request);
        return "redirect:/pmo/projects/" + id + "?saved";
      } catch (InvalidInputException refused) {
        errors.add(refused);
      } catch (ApiException refused) {
        onCode(refused, errors);
      }
    }
    return form(form, errors, project, model);
  }

  /** The typed values as the API's request, with every rule it breaks. */
  private NewProject read(ProjectForm form, FieldErrors errors) {
    NewProject request =
        form.read(errors, texts.get("pages.field.not-a-number"), texts.get("pages.field.not-a-date"));
    FieldErrors rules = FieldErrors.of(validator, request);
    for (String field : rules.fields()) {
      if (!errors.has(field)) { // a value that could not be read is also "required": say only why
        rules.of(field).forEach(message -> errors.add(field, message));
      }
    }
    return request;
  }

  /** A code another project has (409) belongs next to the code; anything else is the error page's. */
  private static void onCode(ApiException refused, FieldErrors errors) {
    if (refused.status() != HttpStatus.CONFLICT) {
      throw refused;
    }
    errors.add("code", refused.getMessage());
  }

  private String form(ProjectForm form, FieldErrors errors, Project project, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("project", project);
    model.addAttribute("managers", options(PmoGroups.PM));
    model.addAttribute("owners", options(PmoGroups.PMO));
    model.addAttribute("languages", List.of(new PageOption("ja", "日本語"), new PageOption("en", "English")));
    return "project/project-form";
  }

  private List<PageOption> options(String group) {
    return people.membersOf(group).stream().map(user -> new PageOption(user.getId(), People.nameOf(user) + " (" + user.getId() + ")")).toList();
  }
}

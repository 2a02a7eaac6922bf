package io.pmoflow.project;

import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What one project's page shows: its facts, its dictionary with each term's history, and its
 * RFPs, change requests and vendors with the steps they wait on ({@link ProjectCases}), and the
 * vendors' people with access and when it ends ({@link ProjectAccess}).
 */
@Component
class ProjectPage {

  private final ProjectService projects;
  private final List<ProjectCases> cases;
  private final CurrentUser currentUser;
  private final ProjectAccess access;

  ProjectPage(ProjectService projects, List<ProjectCases> cases, CurrentUser currentUser, ProjectAccess access) {
    this.projects = projects;
    this.cases = cases;
    this.currentUser = currentUser;
    this.access = access;
  }

  void fill(Project project, Model model) {
    fill(project, new DictionaryEdit(), model);
  }

  /** The page, with a dictionary edit that was refused shown where it was typed. */
  void fill(Project project, DictionaryEdit edit, Model model) {
    long id = project.getId();
    model.addAttribute("project", ProjectView.of(project));
    model.addAttribute("mayEdit", currentUser.isInAny(PmoGroups.PMO));
    model.addAttribute("sections", cases.stream()
        .map(kind -> kind.ofProject(id)
            .map(rows -> new CaseSection(kind.heading(), rows, true))
            .orElseGet(() -> new CaseSection(kind.heading(), List.of(), false)))
        .toList());
    model.addAttribute("access", access.ofProject(id).orElse(null));
    model.addAttribute("accessSoonDays", access.soonDays());
    List<DictionaryTerm> terms = projects.dictionary(id);
    Map<String, List<TermRevisionView>> history = new LinkedHashMap<>();
    for (TermRevision revision : projects.dictionaryHistory(id)) {
      history.computeIfAbsent(DictionaryTerm.keyOf(revision.getTerm()), key -> new ArrayList<>())
          .add(TermRevisionView.of(revision));
    }
    model.addAttribute("terms", terms.stream()
        .map(term -> new TermLine(term, java.util.Objects.requireNonNullElse(history.remove(DictionaryTerm.keyOf(term.getTerm())), List.of())))
        .toList());
    model.addAttribute("removed", List.copyOf(history.values()));
    model.addAttribute("edit", edit);
    // a refused new term shows in the form for new terms; a refused change in its own row
    model.addAttribute("newTermEdit", terms.stream().noneMatch(term -> edit.isOf(term.getTerm())));
  }
}

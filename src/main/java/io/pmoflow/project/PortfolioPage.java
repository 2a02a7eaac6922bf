package io.pmoflow.project;

import io.pmoflow.listing.ListPages;
import io.pmoflow.pages.CaseRow;
import io.pmoflow.pages.PageController;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portfolio: every project the person may see, with what is overdue and what has waited
 * longest, the projects in most trouble first, and its vendors with their people with access (those
 * whose access ends soon counted apart).
 */
@PageController
class PortfolioPage {

  private final ProjectList projects;
  private final List<ProjectCases> cases;
  private final ProjectAccess access;
  private final Clock clock;

  PortfolioPage(ProjectList projects, List<ProjectCases> cases, ProjectAccess access, Clock clock) {
    this.projects = projects;
    this.cases = cases;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/pmo/portfolio")
  String portfolio(Model model) {
    List<ProjectView> visible = ListPages.all(page ->
        projects.page(ProjectList.Query.read(new ProjectListParameters(null, null, null), page)));
    Map<Long, List<CaseRow>> waiting = new HashMap<>();
    for (ProjectCases kind : cases) {
      kind.waitingByProject().forEach((project, rows) -> waiting.computeIfAbsent(project, p -> new ArrayList<>()).addAll(rows));
    }
    Instant now = clock.instant();
    Map<Long, ProjectAccess.Count> vendors = access.countsByProject().orElse(null);
    model.addAttribute("showVendors", vendors != null);
    model.addAttribute("accessSoonDays", access.soonDays());
    model.addAttribute("lines", visible.stream()
        .map(project -> new PortfolioLine(project, waiting.getOrDefault(project.id(), List.of()),
            vendors == null ? ProjectAccess.Count.NONE : vendors.getOrDefault(project.id(), ProjectAccess.Count.NONE), now))
        .sorted(PortfolioLine.ORDER)
        .toList());
    return "project/portfolio";
  }
}

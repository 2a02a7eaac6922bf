package io.pmoflow.specchange;

import io.pmoflow.listing.ListPages;
import io.pmoflow.pages.CaseRow;
import io.pmoflow.project.ProjectCases;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A project's change requests on its page, and those waiting on a step in the portfolio. */
@Component
@Order(2)
class ChangeRequestProjectCases implements ProjectCases {

  private final ChangeRequestList list;

  ChangeRequestProjectCases(ChangeRequestList list) {
    this.list = list;
  }

  @Override
  public String heading() {
    return "pages.project.change-requests";
  }

  @Override
  public Optional<List<CaseRow>> ofProject(long projectId) {
    return Optional.of(read(String.valueOf(projectId)).stream().flatMap(change -> lines(change).stream()).toList());
  }

  @Override
  public Map<Long, List<CaseRow>> waitingByProject() {
    return ProjectCases.waitingByProject(read(null), ChangeRequestListItem::projectId, ChangeRequestProjectCases::lines);
  }

  private List<ChangeRequestListItem> read(String project) {
    return ListPages.all(page ->
        list.page(ChangeRequestList.Query.read(new ChangeRequestListParameters(project, null, null, null, null), page)));
  }

  private static List<CaseRow> lines(ChangeRequestListItem change) {
    return CaseRow.of(change.key(), "/api/change-requests/" + change.id(), change.title(),
        "pages.status.change." + change.status(), change.waitingOn());
  }
}

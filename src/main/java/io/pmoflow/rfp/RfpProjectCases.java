package io.pmoflow.rfp;

import io.pmoflow.listing.ListPages;
import io.pmoflow.pages.CaseRow;
import io.pmoflow.project.ProjectCases;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A project's RFPs on its page, and those waiting on a step in the portfolio. */
@Component
@Order(1)
class RfpProjectCases implements ProjectCases {

  private final RfpList list;

  RfpProjectCases(RfpList list) {
    this.list = list;
  }

  @Override
  public String heading() {
    return "pages.project.rfps";
  }

  @Override
  public Optional<List<CaseRow>> ofProject(long projectId) {
    return Optional.of(read(String.valueOf(projectId)).stream().flatMap(rfp -> lines(rfp).stream()).toList());
  }

  @Override
  public Map<Long, List<CaseRow>> waitingByProject() {
    return ProjectCases.waitingByProject(read(null), RfpListItem::projectId, RfpProjectCases::lines);
  }

  private List<RfpListItem> read(String project) {
    return ListPages.all(page -> list.page(RfpList.Query.read(new RfpListParameters(project, null, null), page)));
  }

  private static List<CaseRow> lines(RfpListItem rfp) {
    return CaseRow.of(rfp.key(), "/api/rfps/" + rfp.id(), rfp.title(), "pages.status.rfp." + rfp.status(), rfp.waitingOn());
  }
}

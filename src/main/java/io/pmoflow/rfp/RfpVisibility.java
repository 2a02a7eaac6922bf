package io.pmoflow.rfp;

import io.pmoflow.listing.SqlCondition;
import io.pmoflow.listing.Visible;
import io.pmoflow.project.ProjectVisibility;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which RFPs the current user may see, one rule for the list and the single reads: the
 * organisation-wide roles every RFP, a project manager the RFPs of their projects, an evaluator the
 * RFPs they evaluate. Vendors read only the issued document of an RFP that invites them.
 */
@Component
class RfpVisibility {

  private final ProjectVisibility projects;
  private final NamedParameterJdbcTemplate jdbc;

  RfpVisibility(ProjectVisibility projects, NamedParameterJdbcTemplate jdbc) {
    this.projects = projects;
    this.jdbc = jdbc;
  }

  /** On the rfp table aliased {@code r}. */
  SqlCondition rfps() {
    return projects.casesOfProjects(
        "r.project_id", "exists (select 1 from rfp_evaluator e where e.rfp_id = r.id and e.user_id = :viewer)");
  }

  void requireVisible(long rfpId) {
    Visible.require(jdbc, "rfp r", "r.id", rfps(), rfpId, "RFP");
  }
}

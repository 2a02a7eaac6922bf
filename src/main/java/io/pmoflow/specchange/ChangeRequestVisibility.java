package io.pmoflow.specchange;

import io.pmoflow.listing.SqlCondition;
import io.pmoflow.listing.Visible;
import io.pmoflow.project.ProjectVisibility;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which change requests the current user may see, one rule for the list and the single reads:
 * the organisation-wide roles every request, a project manager the requests of their projects,
 * and everyone the requests they submitted.
 */
@Component
class ChangeRequestVisibility {

  private final ProjectVisibility projects;
  private final NamedParameterJdbcTemplate jdbc;

  ChangeRequestVisibility(ProjectVisibility projects, NamedParameterJdbcTemplate jdbc) {
    this.projects = projects;
    this.jdbc = jdbc;
  }

  /** On the change_request table aliased {@code c}. */
  SqlCondition requests() {
    return projects.casesOfProjects("c.project_id", "c.requester = :viewer");
  }

  void requireVisible(long id) {
    Visible.require(jdbc, "change_request c", "c.id", requests(), id, "change request");
  }
}

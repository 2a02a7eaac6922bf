package io.pmoflow.project;

import io.pmoflow.listing.SqlCondition;
import io.pmoflow.listing.Visible;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which projects the current user may see, as one SQL condition that both the list and the
 * single-project reads apply: the organisation-wide roles ({@link PmoGroups#ORGANISATION_WIDE})
 * and administrators see every project; a project manager the projects they manage; an evaluator
 * the projects of the RFPs they evaluate. Vendor staff see no projects.
 */
@Component
public class ProjectVisibility {

  private final CurrentUser currentUser;
  private final NamedParameterJdbcTemplate jdbc;

  ProjectVisibility(CurrentUser currentUser, NamedParameterJdbcTemplate jdbc) {
    this.currentUser = currentUser;
    this.jdbc = jdbc;
  }

  /** The projects the user sees, on the project table aliased {@code p}. */
  SqlCondition projects() {
    requireStaff();
    if (currentUser.isInAny(PmoGroups.ORGANISATION_WIDE)) {
      return SqlCondition.ALL;
    }
    return SqlCondition.of(
        "p.project_manager = :viewer or exists (select 1 from rfp r join rfp_evaluator e on e.rfp_id = r.id"
            + " where r.project_id = p.id and e.user_id = :viewer)",
        "viewer", currentUser.id());
  }

  /**
   * For a case list (RFPs, change requests): the cases of every project for the organisation-wide
   * roles, else those of the projects the user manages, or-ed with the case's own {@code other}
   * reasons (an RFP's evaluator, a change's requester). {@code projectColumn} is the case's project.
   */
  public SqlCondition casesOfProjects(String projectColumn, String other) {
    requireStaff();
    if (currentUser.isInAny(PmoGroups.ORGANISATION_WIDE)) {
      return SqlCondition.ALL;
    }
    return new SqlCondition(
        projectColumn + " in (select pm.id from project pm where pm.project_manager = :viewer) or " + other,
        Map.of("viewer", currentUser.id()));
  }

  /** 403 unless the user may see the project (callers check first that it exists). */
  public void requireVisible(long projectId) {
    Visible.require(jdbc, "project p", "p.id", projects(), projectId, "project");
  }

  private void requireStaff() {
    currentUser.requireAnyOf(PmoGroups.STAFF_ROLES.toArray(String[]::new));
  }
}

package io.pmoflow.onboarding;

import io.pmoflow.listing.SqlCondition;
import io.pmoflow.listing.Visible;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which vendors the current user may see, one rule for the list and the single reads: the PMO and
 * security every vendor; a project manager the vendors they sponsor and the vendors of the projects
 * they manage; a vendor's staff their own vendor only. Other roles see no vendors.
 */
@Component
class VendorVisibility {

  /**
   * A vendor works on a project when one of the project's RFPs invited it or one of its change
   * requests names it. {@code %s} is the SQL that selects the projects' ids.
   */
  private static final String ON_PROJECTS =
      "exists (select 1 from rfp_vendor rv join rfp r on r.id = rv.rfp_id where rv.code = v.code and r.project_id in (%1$s))"
          + " or exists (select 1 from change_request c where c.vendor_code = v.code and c.project_id in (%1$s))";

  private final CurrentUser currentUser;
  private final NamedParameterJdbcTemplate jdbc;

  VendorVisibility(CurrentUser currentUser, NamedParameterJdbcTemplate jdbc) {
    this.currentUser = currentUser;
    this.jdbc = jdbc;
  }

  /** On the vendor table aliased {@code v}. */
  SqlCondition vendors() {
    if (currentUser.isInAny(PmoGroups.VENDOR_OVERSIGHT)) {
      return SqlCondition.ALL;
    }
    List<String> ownVendors =
        currentUser.groups().stream()
            .filter(PmoGroups::isVendorGroup)
            .map(group -> group.substring(PmoGroups.VENDOR_PREFIX.length()))
            .toList();
    boolean pm = currentUser.isInAny(PmoGroups.PM);
    if (!pm && ownVendors.isEmpty()) {
      throw ApiException.forbidden("Vendors are seen by the PMO, security, project managers and each vendor's own staff");
    }
    List<String> any = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (pm) {
      any.add("v.sponsor = :viewer or " + ON_PROJECTS.formatted("select pm.id from project pm where pm.project_manager = :viewer"));
      parameters.put("viewer", currentUser.id());
    }
    if (!ownVendors.isEmpty()) {
      any.add("v.code in (:ownVendors)");
      parameters.put("ownVendors", ownVendors);
    }
    return new SqlCondition(String.join(" or ", any), parameters);
  }

  /** The vendors working on one project (a filter of the list, not a visibility rule). */
  static SqlCondition onProject(long projectId) {
    return SqlCondition.of(onProjects(":project"), "project", projectId);
  }

  /** The vendor {@code v} works on the project whose id is {@code projectId} (SQL: a parameter or a column). */
  static String onProjects(String projectId) {
    return ON_PROJECTS.formatted(projectId);
  }

  void requireVisible(long vendorId) {
    Visible.require(jdbc, "vendor v", "v.id", vendors(), vendorId, "vendor");
  }
}

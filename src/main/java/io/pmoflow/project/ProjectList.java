package io.pmoflow.project;

import io.pmoflow.listing.ListInput;
import io.pmoflow.listing.ListPage;
import io.pmoflow.listing.PageParameters;
import io.pmoflow.listing.Paging;
import io.pmoflow.listing.SortColumns;
import io.pmoflow.listing.SqlList;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The projects the current user may see, filtered, sorted and a page at a time. */
@Service
public class ProjectList {

  public static final SortColumns SORT =
      new SortColumns("p.id")
          .field("code", "p.code")
          .field("name", "p.name")
          .field("projectManager", "p.project_manager")
          .field("pmoOwner", "p.pmo_owner")
          .field("plannedStart", "p.planned_start")
          .field("plannedEnd", "p.planned_end")
          .field("createdAt", "p.created_at")
          .byDefault("code,asc");

  private final NamedParameterJdbcTemplate jdbc;
  private final ProjectVisibility visibility;

  ProjectList(NamedParameterJdbcTemplate jdbc, ProjectVisibility visibility) {
    this.jdbc = jdbc;
    this.visibility = visibility;
  }

  /** The filters, read and checked: a bad value is a 400 naming its parameter. */
  public record Filter(String text, String projectManager, String pmoOwner) {}

  public record Query(Filter filter, Paging paging) {

    public static Query read(ProjectListParameters filters, PageParameters page) {
      ListInput input = new ListInput();
      Filter filter =
          new Filter(
              input.text("q", filters.q()),
              input.userId("projectManager", filters.projectManager()),
              input.userId("pmoOwner", filters.pmoOwner()));
      Paging paging = input.paging(page, SORT);
      input.throwIfAny();
      return new Query(filter, paging);
    }
  }

  @Transactional(readOnly = true)
  public ListPage<ProjectView> page(Query query) {
    Filter filter = query.filter();
    return new SqlList(jdbc, "p.*", "project p")
        .where(visibility.projects())
        .whereContains(filter.text(), "p.code", "p.name")
        .whereIf(filter.projectManager(), "p.project_manager = :projectManager", "projectManager")
        .whereIf(filter.pmoOwner(), "p.pmo_owner = :pmoOwner", "pmoOwner")
        .page(query.paging(), ProjectList::view);
  }

  private static ProjectView view(ResultSet rs, int row) throws SQLException {
    return new ProjectView(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("client_department"),
        rs.getString("project_manager"),
        rs.getString("pmo_owner"),
        rs.getBigDecimal("budget"),
        rs.getObject("planned_start", java.time.LocalDate.class),
        rs.getObject("planned_end", java.time.LocalDate.class),
        rs.getString("language"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"));
  }
}

package io.pmoflow.specchange;

import io.pmoflow.listing.ListInput;
import io.pmoflow.listing.ListPage;
import io.pmoflow.listing.PageParameters;
import io.pmoflow.listing.Paging;
import io.pmoflow.listing.SortColumns;
import io.pmoflow.listing.SqlList;
import io.pmoflow.process.OpenTasks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The change requests the current user may see, filtered, sorted, a page at a time, with their open steps. */
@Service
public class ChangeRequestList {

  public static final SortColumns SORT =
      new SortColumns("c.id")
          .field("id", "c.id")
          .field("title", "c.title")
          .field("status", "c.status")
          .field("type", "c.change_type")
          .field("requester", "c.requester")
          .field("project", "p.code")
          .field("createdAt", "c.created_at")
          .field("updatedAt", "c.updated_at")
          .byDefault("id,desc");

  private final NamedParameterJdbcTemplate jdbc;
  private final ChangeRequestVisibility visibility;
  private final OpenTasks openTasks;

  ChangeRequestList(NamedParameterJdbcTemplate jdbc, ChangeRequestVisibility visibility, OpenTasks openTasks) {
    this.jdbc = jdbc;
    this.visibility = visibility;
    this.openTasks = openTasks;
  }

  public record Filter(Long project, List<ChangeStatus> statuses, List<ChangeType> types, String requester, String text) {}

  public record Query(Filter filter, Paging paging) {

    public static Query read(ChangeRequestListParameters filters, PageParameters page) {
      ListInput input = new ListInput();
      Filter filter =
          new Filter(
              input.id("project", filters.project()),
              input.oneOrMoreOf("status", filters.status(), ChangeStatus.class),
              input.oneOrMoreOf("type", filters.type(), ChangeType.class),
              input.userId("requester", filters.requester()),
              input.text("q", filters.q()));
      Paging paging = input.paging(page, SORT);
      input.throwIfAny();
      return new Query(filter, paging);
    }
  }

  @Transactional(readOnly = true)
  public ListPage<ChangeRequestListItem> page(Query query) {
    Filter filter = query.filter();
    ListPage<ChangeRequestListItem> page =
        new SqlList(
                jdbc,
                "c.id, c.project_id, p.code as project_code, c.title, c.change_type, c.status, c.requester,"
                    + " c.requester_role, c.vendor_code, c.created_at, c.updated_at, c.process_instance_id",
                "change_request c join project p on p.id = c.project_id")
            .where(visibility.requests())
            .whereIf(filter.project(), "c.project_id = :project", "project")
            .whereIf(filter.statuses(), "c.status in (:statuses)", "statuses")
            .whereIf(filter.types(), "c.change_type in (:types)", "types")
            .whereIf(filter.requester(), "c.requester = :requester", "requester")
            .whereContains(filter.text(), "c.title")
            .page(query.paging(), ChangeRequestList::item);
    return openTasks.attach(
        page, ChangeRequestListItem::processInstanceId, ChangeRequestListItem::withWaitingOn, SpecChangeVariables::stepOf);
  }

  private static ChangeRequestListItem item(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    return new ChangeRequestListItem(
        id,
        ChangeRequest.keyOf(id),
        rs.getLong("project_id"),
        rs.getString("project_code"),
        rs.getString("title"),
        ChangeType.valueOf(rs.getString("change_type")),
        ChangeStatus.valueOf(rs.getString("status")),
        rs.getString("requester"),
        RequesterRole.valueOf(rs.getString("requester_role")),
        rs.getString("vendor_code"),
        SqlList.instant(rs.getTimestamp("created_at")),
        SqlList.instant(rs.getTimestamp("updated_at")),
        rs.getString("process_instance_id"),
        List.of());
  }
}

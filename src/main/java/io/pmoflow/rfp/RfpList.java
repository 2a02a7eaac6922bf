package io.pmoflow.rfp;

import io.pmoflow.listing.ListInput;
import io.pmoflow.listing.ListPage;
import io.pmoflow.listing.PageParameters;
import io.pmoflow.listing.Paging;
import io.pmoflow.listing.SortColumns;
import io.pmoflow.listing.SqlList;
import io.pmoflow.process.OpenTasks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The RFPs the current user may see, filtered, sorted, a page at a time, with their open steps. */
@Service
public class RfpList {

  public static final SortColumns SORT =
      new SortColumns("r.id")
          .field("id", "r.id")
          .field("title", "r.title")
          .field("status", "r.status")
          .field("project", "p.code")
          .field("proposalDeadline", "r.proposal_deadline")
          .field("createdAt", "r.created_at")
          .byDefault("id,desc");

  private final NamedParameterJdbcTemplate jdbc;
  private final RfpVisibility visibility;
  private final OpenTasks openTasks;

  RfpList(NamedParameterJdbcTemplate jdbc, RfpVisibility visibility, OpenTasks openTasks) {
    this.jdbc = jdbc;
    this.visibility = visibility;
    this.openTasks = openTasks;
  }

  public record Filter(Long project, List<RfpStatus> statuses, String text) {}

  public record Query(Filter filter, Paging paging) {

    public static Query read(RfpListParameters filters, PageParameters page) {
      ListInput input = new ListInput();
      Filter filter =
          new Filter(
              input.id("project", filters.project()),
              input.oneOrMoreOf("status", filters.status(), RfpStatus.class),
              input.text("q", filters.q()));
      Paging paging = input.paging(page, SORT);
      input.throwIfAny();
      return new Query(filter, paging);
    }
  }

  @Transactional(readOnly = true)
  public ListPage<RfpListItem> page(Query query) {
    Filter filter = query.filter();
    ListPage<RfpListItem> page =
        new SqlList(
                jdbc,
                "r.id, r.project_id, p.code as project_code, r.title, r.status, r.issue_date, r.proposal_deadline,"
                    + " r.awarded_vendor_code, r.created_at, r.process_instance_id",
                "rfp r join project p on p.id = r.project_id")
            .where(visibility.rfps())
            .whereIf(filter.project(), "r.project_id = :project", "project")
            .whereIf(filter.statuses(), "r.status in (:statuses)", "statuses")
            .whereContains(filter.text(), "r.title")
            .page(query.paging(), RfpList::item);
    return openTasks.attach(page, RfpListItem::processInstanceId, RfpListItem::withWaitingOn, UnaryOperator.identity());
  }

  private static RfpListItem item(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    return new RfpListItem(
        id,
        Rfp.keyOf(id),
        rs.getLong("project_id"),
        rs.getString("project_code"),
        rs.getString("title"),
        RfpStatus.valueOf(rs.getString("status")),
        rs.getObject("issue_date", LocalDate.class),
        SqlList.instant(rs.getTimestamp("proposal_deadline")),
        rs.getString("awarded_vendor_code"),
        SqlList.instant(rs.getTimestamp("created_at")),
        rs.getString("process_instance_id"),
        List.of());
  }
}

package io.pmoflow.onboarding;

import io.pmoflow.listing.ListInput;
import io.pmoflow.listing.ListPage;
import io.pmoflow.listing.PageParameters;
import io.pmoflow.listing.Paging;
import io.pmoflow.listing.SortColumns;
import io.pmoflow.listing.SqlCondition;
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

/**
 * The vendors the current user may see, filtered, sorted, a page at a time, with the open steps of
 * their onboarding (its members' approvals and provisioning included).
 */
@Service
public class VendorList {

  public static final SortColumns SORT =
      new SortColumns("v.id")
          .field("code", "v.code")
          .field("company", "v.company")
          .field("status", "v.status")
          .field("contractStart", "v.contract_start")
          .field("contractEnd", "v.contract_end")
          .field("createdAt", "v.created_at")
          .byDefault("code,asc");

  private final NamedParameterJdbcTemplate jdbc;
  private final VendorVisibility visibility;
  private final OpenTasks openTasks;

  VendorList(NamedParameterJdbcTemplate jdbc, VendorVisibility visibility, OpenTasks openTasks) {
    this.jdbc = jdbc;
    this.visibility = visibility;
    this.openTasks = openTasks;
  }

  public record Filter(List<VendorStatus> statuses, String text, Long project, String contract) {}

  public record Query(Filter filter, Paging paging) {

    public static Query read(VendorListParameters filters, PageParameters page) {
      ListInput input = new ListInput();
      Filter filter =
          new Filter(
              input.oneOrMoreOf("status", filters.status(), VendorStatus.class),
              input.text("q", filters.q()),
              input.id("project", filters.project()),
              input.text("contract", filters.contract()));
      Paging paging = input.paging(page, SORT);
      input.throwIfAny();
      return new Query(filter, paging);
    }
  }

  @Transactional(readOnly = true)
  public ListPage<VendorListItem> page(Query query) {
    Filter filter = query.filter();
    ListPage<VendorListItem> page =
        new SqlList(
                jdbc,
                "v.id, v.code, v.company, v.contract_number, v.contract_start, v.contract_end, v.nda_on_file,"
                    + " v.sponsor, v.status, v.process_instance_id",
                "vendor v")
            .where(visibility.vendors())
            .whereIf(filter.statuses(), "v.status in (:statuses)", "statuses")
            .whereContains(filter.text(), "v.code", "v.company")
            .where(filter.project() == null ? SqlCondition.ALL : VendorVisibility.onProject(filter.project()))
            .whereIf(filter.contract(), "v.contract_number = :contract", "contract")
            .page(query.paging(), VendorList::item);
    return openTasks.attach(page, VendorListItem::processInstanceId, VendorListItem::withWaitingOn, UnaryOperator.identity());
  }

  private static VendorListItem item(ResultSet rs, int row) throws SQLException {
    return new VendorListItem(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("company"),
        rs.getString("contract_number"),
        rs.getObject("contract_start", LocalDate.class),
        rs.getObject("contract_end", LocalDate.class),
        rs.getBoolean("nda_on_file"),
        rs.getString("sponsor"),
        VendorStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"),
        List.of());
  }
}

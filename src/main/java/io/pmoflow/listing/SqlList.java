package io.pmoflow.listing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One list query over the application's tables: the visibility rule and the filters as {@code
 * where} conditions, then the count of all matching rows and one page of them, two statements.
 * Filtering happens in the database before paging, so totals count only what the caller may see.
 */
public final class SqlList {

  private final NamedParameterJdbcTemplate jdbc;
  private final String columns;
  private final String from;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();

  /** {@code from}: the table (or join) with its alias, e.g. {@code rfp r join project p on ...}. */
  public SqlList(NamedParameterJdbcTemplate jdbc, String columns, String from) {
    this.jdbc = jdbc;
    this.columns = columns;
    this.from = from;
  }

  public SqlList where(SqlCondition condition) {
    if (!condition.isAll()) {
      conditions.add("(" + condition.sql() + ")");
      parameters.putAll(condition.parameters());
    }
    return this;
  }

  /** Adds the condition with its one parameter, unless the value is null or an empty list. */
  public SqlList whereIf(Object value, String sql, String parameter) {
    boolean absent = value == null || value instanceof List<?> list && list.isEmpty();
    return absent ? this : where(SqlCondition.of(sql, parameter, value instanceof List<?> list ? names(list) : value));
  }

  /** Rows where any of the columns contains the text, whatever its capitals. */
  public SqlList whereContains(String text, String... textColumns) {
    if (text == null) {
      return this;
    }
    String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    List<String> any = new ArrayList<>();
    for (String column : textColumns) {
      any.add("lower(" + column + ") like :contains escape '!'");
    }
    return where(SqlCondition.of(String.join(" or ", any), "contains", pattern));
  }

  public <T> ListPage<T> page(Paging paging, RowMapper<T> rows) {
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    Long total = jdbc.queryForObject("select count(*) from " + from + where, parameters, Long.class);
    if (total == null || total == 0 || paging.offset() >= total) {
      return ListPage.of(List.of(), paging, total == null ? 0 : total);
    }
    Map<String, Object> pageParameters = new HashMap<>(parameters);
    pageParameters.put("pageSize", paging.size());
    pageParameters.put("pageOffset", paging.offset());
    List<T> items =
        jdbc.query(
            "select " + columns + " from " + from + where + " order by " + paging.orderBy()
                + " limit :pageSize offset :pageOffset",
            pageParameters,
            rows);
    return ListPage.of(items, paging, total);
  }

  /** Whether a row matches the conditions (the single-item reads check visibility with it). */
  public boolean exists() {
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    Long count = jdbc.queryForObject("select count(*) from " + from + where, parameters, Long.class);
    return count != null && count > 0;
  }

  /** A timestamp column as an instant (null stays null). */
  public static java.time.Instant instant(java.sql.Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static List<Object> names(List<?> values) {
    return values.stream().map(v -> v instanceof Enum<?> e ? (Object) e.name() : v).toList();
  }
}

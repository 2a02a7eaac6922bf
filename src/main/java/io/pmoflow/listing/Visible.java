package io.pmoflow.listing;

import io.pmoflow.web.ApiException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The single-item reads check visibility with the very condition their list applies, so a case
 * is readable exactly when it appears in the caller's list.
 */
public final class Visible {

  private Visible() {}

  /**
   * 403 unless the row with the id matches the condition (callers first answer 404 for an id that
   * does not exist). {@code from} is the table with its alias, {@code idColumn} its id.
   */
  public static void require(
      NamedParameterJdbcTemplate jdbc, String from, String idColumn, SqlCondition visible, long id, String what) {
    if (visible.isAll()) {
      return;
    }
    boolean visibleRow =
        new SqlList(jdbc, idColumn, from).where(visible).where(SqlCondition.of(idColumn + " = :id", "id", id)).exists();
    if (!visibleRow) {
      throw ApiException.forbidden("You may not see " + what + " " + id + ": it is not one you take part in");
    }
  }
}

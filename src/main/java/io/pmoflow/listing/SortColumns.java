package io.pmoflow.listing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a list may be sorted by, each with the SQL expression it sorts on. Only these
 * expressions ever reach the SQL: the caller's text picks one of them, it is never copied in.
 */
public final class SortColumns {

  private final Map<String, String> columns = new LinkedHashMap<>();
  private final String tieBreaker;
  private String defaultSort;

  /** {@code tieBreaker}: a unique column that orders equal rows the same way on every page. */
  public SortColumns(String tieBreaker) {
    this.tieBreaker = tieBreaker;
  }

  public SortColumns field(String name, String sqlExpression) {
    columns.put(name, sqlExpression);
    return this;
  }

  /** The order when the caller names none, as {@code field,asc} or {@code field,desc}. */
  public SortColumns byDefault(String sort) {
    this.defaultSort = sort;
    return this;
  }

  public String fieldNames() {
    return String.join(", ", columns.keySet());
  }

  String defaultSort() {
    return defaultSort;
  }

  /** The SQL order for a field and direction, if the field is one of the list's. */
  Optional<String> orderBy(String field, boolean ascending) {
    String direction = ascending ? " asc" : " desc";
    return Optional.ofNullable(columns.get(field)).map(column -> column + direction + ", " + tieBreaker + direction);
  }
}

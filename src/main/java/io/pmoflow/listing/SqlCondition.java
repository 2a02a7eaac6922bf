package io.pmoflow.listing;

import java.util.Map;

/**
 * A piece of an SQL {@code where} with its named parameters. Values always travel as parameters;
 * the SQL text comes from the application, never from a request.
 */
public record SqlCondition(String sql, Map<String, ?> parameters) {

  /** No restriction. */
  public static final SqlCondition ALL = new SqlCondition("1 = 1", Map.of());

  public static SqlCondition of(String sql, String name, Object value) {
    return new SqlCondition(sql, Map.of(name, value));
  }

  public boolean isAll() {
    return this == ALL;
  }
}

package io.pmoflow.listing;

/** Which page, how large, in which order (an SQL order that only {@link SortColumns} writes). */
public record Paging(int page, int size, String orderBy) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  /** Far beyond any real list; keeps the offset (page × size) a sane number. */
  public static final int MAX_PAGE = 100_000;

  long offset() {
    return (long) page * size;
  }
}

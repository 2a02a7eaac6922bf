package io.pmoflow.listing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a list: its items and where it sits in the whole list. */
public record ListPage<T>(
    List<T> items,
    @Schema(description = "the page number, from 0") int page,
    @Schema(description = "the most items a page holds") int size,
    @Schema(description = "how many items the caller may see, on all pages") long totalItems,
    @Schema(description = "how many pages there are") int totalPages) {

  /** The same page with each item turned into another. */
  public <R> ListPage<R> map(java.util.function.Function<T, R> mapper) {
    return new ListPage<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }

  static <T> ListPage<T> of(List<T> items, Paging paging, long totalItems) {
    int pages = (int) Math.ceil(totalItems / (double) paging.size());
    return new ListPage<>(List.copyOf(items), paging.page(), paging.size(), totalItems, pages);
  }
}

package io.pmoflow.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a whole list page by page, for a view that needs every item (a project's cases, a portfolio). */
public final class ListPages {

  private ListPages() {}

  /** Every item, reading {@link Paging#MAX_SIZE} at a time; {@code page} answers the page asked for. */
  public static <T> List<T> all(Function<PageParameters, ListPage<T>> page) {
    List<T> items = new ArrayList<>();
    for (int number = 0; ; number++) {
      ListPage<T> read = page.apply(new PageParameters(String.valueOf(number), String.valueOf(Paging.MAX_SIZE), null));
      items.addAll(read.items());
      if (number + 1 >= read.totalPages()) {
        return items;
      }
    }
  }
}

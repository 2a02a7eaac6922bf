package io.pmoflow.listing;

import io.pmoflow.web.FieldProblems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a list's query parameters, which arrive as text: every bad value is collected with the
 * parameter's name, and {@link #throwIfAny()} answers them all at once as a 400 problem.
 */
public final class ListInput {

  public static final int MAX_TEXT = 100;
  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}");

  private final FieldProblems problems = new FieldProblems();
  private boolean bad;

  /** A whole number at least 1, such as an id; null when absent. */
  public Long id(String name, String raw) {
    if (absent(raw)) {
      return null;
    }
    try {
      long value = Long.parseLong(raw.strip());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    return problem(name, "must be a whole number of at least 1");
  }

  /** One or more of the enum's values, separated by commas; an empty list when absent. */
  public <E extends Enum<E>> List<E> oneOrMoreOf(String name, String raw, Class<E> type) {
    if (absent(raw)) {
      return List.of();
    }
    Set<E> values = new LinkedHashSet<>();
    for (String part : raw.split(",", -1)) {
      try {
        values.add(Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        problem(name, "must be one or more of " + names(type) + ", separated by commas");
        return List.of();
      }
    }
    return new ArrayList<>(values);
  }

  /** Words to search for in a list's text columns; null when absent. */
  public String text(String name, String raw) {
    if (absent(raw)) {
      return null;
    }
    String text = raw.strip();
    return text.length() > MAX_TEXT ? problem(name, "must be at most " + MAX_TEXT + " characters") : text;
  }

  /** A user id, as the identity service spells them; null when absent. */
  public String userId(String name, String raw) {
    if (absent(raw)) {
      return null;
    }
    String id = raw.strip();
    return USER_ID.matcher(id).matches() ? id : problem(name, "is not a user id (letters, digits, . _ -, at most 64)");
  }

  /** The page, its size and the order, checked against the list's sortable fields. */
  public Paging paging(PageParameters parameters, SortColumns columns) {
    int page = bounded("page", parameters.page(), 0, 0, Paging.MAX_PAGE);
    int size = bounded("size", parameters.size(), Paging.DEFAULT_SIZE, 1, Paging.MAX_SIZE);
    String sort = absent(parameters.sort()) ? columns.defaultSort() : parameters.sort().strip();
    String[] parts = sort.split(",", -1);
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
    String orderBy =
        parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))
            ? null
            : columns.orderBy(parts[0].strip(), direction.equals("asc")).orElse(null);
    if (orderBy == null) {
      problem("sort", "must be field,asc or field,desc with a field among " + columns.fieldNames());
    }
    return new Paging(page, size, orderBy);
  }

  public void throwIfAny() {
    if (bad) {
      problems.throwIfAny();
    }
  }

  private int bounded(String name, String raw, int absentValue, int min, int max) {
    if (absent(raw)) {
      return absentValue;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    problem(name, "must be a whole number from " + min + " to " + max);
    return absentValue;
  }

  private <T> T problem(String name, String message) {
    problems.add(name, message);
    bad = true;
    return null;
  }

  private static boolean absent(String raw) {
    return raw == null || raw.isBlank();
  }

  private static String names(Class<? extends Enum<?>> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }
}

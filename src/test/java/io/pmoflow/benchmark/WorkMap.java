package io.pmoflow.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Where one start's database work goes: the statements it ran, grouped by query
 * (pg_stat_statements), the rows and bytes it added per table, and the variables it kept per
 * process, as the difference of two {@link BenchmarkDatabase.Detail}s around a number of starts
 * made one after another (their async jobs run to the next wait state in between).
 */
final class WorkMap {

  /** What the starts of one kind did, per start. */
  record Start(String target, int starts, BenchmarkDatabase.Detail before, BenchmarkDatabase.Detail after) {

    double callsPerStart(String query) {
      return (after.calls().getOrDefault(query, 0L) - before.calls().getOrDefault(query, 0L)) / (double) starts;
    }

    double millisPerStart(String query) {
      return (after.millis().getOrDefault(query, 0.0) - before.millis().getOrDefault(query, 0.0)) / starts;
    }

    double bytesPerStart(String table) {
      return (after.bytes().getOrDefault(table, 0L) - before.bytes().getOrDefault(table, 0L)) / (double) starts;
    }

    double rowsPerStart(String table) {
      return (after.rows().getOrDefault(table, 0L) - before.rows().getOrDefault(table, 0L)) / (double) starts;
    }

    double variablesPerStart(String variable) {
      return (after.variables().getOrDefault(variable, 0L) - before.variables().getOrDefault(variable, 0L)) / (double) starts;
    }

    double totalCalls() {
      return after.calls().keySet().stream().mapToDouble(this::callsPerStart).sum();
    }

    double totalMillis() {
      return after.millis().keySet().stream().mapToDouble(this::millisPerStart).sum();
    }

    double totalBytes() {
      return after.bytes().keySet().stream().mapToDouble(this::bytesPerStart).sum();
    }
  }

  private static final int QUERY_TEXT = 110;
  private final List<Start> starts = new ArrayList<>();

  void add(Start start) {
    starts.add(start);
  }

  boolean isEmpty() {
    return starts.isEmpty();
  }

  String markdown() {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "The work of one start, measured over %s starts of each kind made one after another"
        + " (1 connection; the async jobs of each ran to their next wait state before the next start): per start.",
        String.join(" / ", starts.stream().map(s -> Integer.toString(s.starts())).toList())));
    out.add("");
    Set<String> queries = table(out, "query", "**Statements** (pg_stat_statements, grouped by query; calls per start, and"
        + " statement time in ms per start; queries with fewer than 0.2 calls per start in every column are summed in"
        + " the last lines):", s -> s.after().calls().keySet());
    List<String> shown = queries.stream().filter(q -> starts.stream().anyMatch(s -> s.callsPerStart(q) >= 0.2))
        .sorted(Comparator.comparingDouble((String q) -> -starts.stream().mapToDouble(s -> s.callsPerStart(q)).max().orElse(0)))
        .toList();
    for (String query : shown) {
      out.add("| `" + abbreviated(query) + "` | " + String.join(" | ", starts.stream().map(s -> calls(s.callsPerStart(query),
          s.millisPerStart(query))).toList()) + " |");
    }
    out.add("| other queries | " + String.join(" | ", starts.stream().map(s -> calls(
        queries.stream().filter(q -> !shown.contains(q)).mapToDouble(s::callsPerStart).sum(),
        queries.stream().filter(q -> !shown.contains(q)).mapToDouble(s::millisPerStart).sum())).toList()) + " |");
    out.add("| **all** | " + String.join(" | ", starts.stream().map(s -> "**" + calls(s.totalCalls(), s.totalMillis()) + "**").toList()) + " |");
    out.add("");

    Set<String> tables = table(out, "table", "**Rows and bytes per table** (rows added per start, and the table's growth"
        + " with its indexes and TOAST in KB per start, `pg_total_relation_size`; page-sized steps make small figures"
        + " coarse):", s -> s.after().bytes().keySet());
    tables.stream().filter(t -> starts.stream().anyMatch(s -> s.rowsPerStart(t) != 0 || s.bytesPerStart(t) != 0))
        .sorted(Comparator.comparingDouble((String t) -> -starts.stream().mapToDouble(s -> s.bytesPerStart(t)).max().orElse(0)))
        .forEach(t -> out.add("| " + t + " | " + String.join(" | ", starts.stream().map(s -> String.format(Locale.ROOT,
            "%.1f rows, %.1f KB", s.rowsPerStart(t), s.bytesPerStart(t) / 1024)).toList()) + " |"));
    out.add("| **all** | " + String.join(" | ", starts.stream().map(s -> String.format(Locale.ROOT, "**%.1f KB**",
        s.totalBytes() / 1024)).toList()) + " |");
    out.add("");

    Set<String> variables = table(out, "variable", "**Variables kept in history** (`ACT_HI_VARINST` rows per start by"
        + " process, name and type; task-local ones marked):", s -> s.after().variables().keySet());
    variables.stream().filter(v -> starts.stream().anyMatch(s -> s.variablesPerStart(v) != 0)).sorted()
        .forEach(v -> out.add("| " + v + " | " + String.join(" | ", starts.stream().map(s -> {
          double n = s.variablesPerStart(v);
          return n == 0 ? "" : String.format(Locale.ROOT, "%.2f", n);
        }).toList()) + " |"));
    out.add("");
    return String.join("\n", out) + "\n";
  }

  /** Writes a table's title and head (a column per start); returns the row keys of all starts. */
  private Set<String> table(List<String> out, String rowName, String title, Function<Start, Set<String>> keys) {
    out.add(title);
    out.add("");
    out.add("| " + rowName + " | " + String.join(" | ", starts.stream().map(s -> shortName(s.target())).toList()) + " |");
    out.add("|---" + "|---".repeat(starts.size()) + "|");
    Set<String> all = new LinkedHashSet<>();
    starts.forEach(s -> all.addAll(keys.apply(s)));
    return all;
  }

  private static String calls(double calls, double millis) {
    return calls < 0.005 ? "" : String.format(Locale.ROOT, "%.2f (%.2f ms)", calls, millis);
  }

  private static String shortName(String target) {
    int colon = target.indexOf(':');
    return colon < 0 ? target : target.substring(0, colon);
  }

  private static String abbreviated(String query) {
    String line = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'");
    return line.length() > QUERY_TEXT ? line.substring(0, QUERY_TEXT) + "…" : line;
  }
}

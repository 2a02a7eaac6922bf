package io.pmoflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The peer benchmark's figures as Markdown: each start as a ratio to the peer measured in the same
 * round, with the spread over the rounds. Written to target/benchmarks/peer-results.md and between
 * the markers in docs/benchmarks.md (the rest of that page stays as it is).
 */
final class Report {

  private static final double TARGET_RATIO = 1.0;
  private static final double TARGET_KB = 13.0;

  record Cell(String target, int connections, int round, Load.Result result,
      BenchmarkDatabase.Snapshot before, BenchmarkDatabase.Snapshot after) {}

  record VendorCell(String label, long vendors, long authorizations, String target, int round, Load.Result result) {}

  private final List<Cell> cells = new ArrayList<>();
  private final List<VendorCell> vendorCells = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> memory = new ArrayList<>();
  /** A start compared with a peer of its own shape instead of the first (one-task) peer. */
  private final Map<String, String> ownPeers = new LinkedHashMap<>();
  private String header = "";
  private String mapHeader = "";

  void started(String loadAverage, Duration cell, int rounds, ChildJvm peer, ChildJvm pmo, String pmoSettings,
      String otherSettings) {
    header = String.format(Locale.ROOT, "Measured %s by `PeerBenchmark`: Linux, %d CPU cores, load average %s when it began;"
            + " %d rounds of %d s per cell (closed loop: each connection sends its next start when the last one answered);"
            + " both applications in JVMs of their own with default heap settings, on one embedded PostgreSQL 17 (zonky),"
            + " a database each.", LocalDate.now(ZoneOffset.UTC), Runtime.getRuntime().availableProcessors(), loadAverage,
        rounds, cell.toSeconds()) + (pmoSettings.isBlank() ? "" : " PMO Flow ran with `" + pmoSettings.trim() + "`.")
        + (otherSettings.isBlank() ? "" : " A second PMO Flow, with `" + otherSettings.trim() + "` (a database of its own),"
            + " ran its spec-change start beside the first in every round.");
    mapHeader = String.format(Locale.ROOT, "Measured %s by `PeerBenchmark`: Linux, %d CPU cores, load average %s when it"
        + " began; both applications in JVMs of their own on one embedded PostgreSQL 17 (zonky), a database each.",
        LocalDate.now(ZoneOffset.UTC), Runtime.getRuntime().availableProcessors(), loadAverage);
    print("started " + header + " (" + peer.name + " :" + peer.port + ", " + pmo.name + " :" + pmo.port + ")");
  }

  void mailReceived(long count) {
    header += String.format(Locale.ROOT, " PMO Flow's embedded mail server was off: it sent its mail over SMTP to a server in"
        + " the benchmark's JVM that counted and dropped each message (%d received), as production sends to a relay of its own.",
        count);
  }

  void comparedWith(String target, String peer) {
    ownPeers.put(target, peer);
  }

  void cell(String target, int connections, int round, Load.Result result,
      BenchmarkDatabase.Snapshot before, BenchmarkDatabase.Snapshot after) {
    cells.add(new Cell(target, connections, round, result, before, after));
    print(String.format(Locale.ROOT, "round %d, %d conns, %s: %.1f/s, p50 %.1f ms, p99 %.1f ms, %d failed%s", round,
        connections, target, result.perSecond(), result.percentileMillis(0.5), result.percentileMillis(0.99), result.failed(),
        result.firstFailure() == null ? "" : " (first: " + abbreviated(result.firstFailure()) + ")"));
  }

  void vendorCell(String label, long vendors, long authorizations, String target, int round, Load.Result result) {
    vendorCells.add(new VendorCell(label, vendors, authorizations, target, round, result));
    print(String.format(Locale.ROOT, "%s vendors (%d, %d authorizations), round %d, %s: %.1f/s, p50 %.1f ms, p99 %.1f ms, %d failed",
        label, vendors, authorizations, round, target, result.perSecond(), result.percentileMillis(0.5),
        result.percentileMillis(0.99), result.failed()));
  }

  void registered(int count, Load.Result result) {
    String note = String.format(Locale.ROOT, "registered %d vendors over the API in %.1f s (%.1f/s, 4 connections)",
        count, result.seconds(), result.perSecond());
    if (count >= 1000) {
      notes.add(note);
    }
    print(note);
  }

  void copied(int copies, String template) {
    String note = String.format(Locale.ROOT, "for the many-vendor cells, vendor %s was registered over the API and its rows"
        + " (vendor, Camunda group, the group's authorizations) were copied %d times in SQL", template, copies);
    notes.add(note);
    print(note);
  }

  void resident(ChildJvm peer, ChildJvm pmo) throws IOException {
    long[] plain = peer.residentMegabytes();
    long[] ours = pmo.residentMegabytes();
    memory.add(String.format(Locale.ROOT, "| after %s | %d MB (peak %d MB) | %d MB (peak %d MB) |",
        memory.isEmpty() ? "the rounds" : "the vendor registrations and the last cells", plain[0], plain[1], ours[0], ours[1]));
    print(memory.get(memory.size() - 1));
  }

  /** Writes the load figures (when there are any) and the map of one start's work (when made). */
  void write(WorkMap map) throws IOException {
    Path results = Path.of("target/benchmarks");
    Files.createDirectories(results);
    if (!cells.isEmpty()) {
      String markdown = markdown();
      Files.writeString(results.resolve("peer-results.md"), markdown);
      BenchmarkPage.writeSection(PeerBenchmark.START_MARK, PeerBenchmark.END_MARK, markdown);
    }
    if (!map.isEmpty()) {
      String markdown = mapHeader + "\n\n" + map.markdown();
      Files.writeString(results.resolve("work-map.md"), markdown);
      BenchmarkPage.writeSection(PeerBenchmark.MAP_START_MARK, PeerBenchmark.MAP_END_MARK, markdown);
    }
  }

  private String markdown() {
    List<String> out = new ArrayList<>();
    String peer = cells.get(0).target();
    out.add(header);
    out.add("");
    out.add("| start over REST | conns | starts/s (median of rounds) | × peer, median (min–max over rounds) | p50 | p99 | failed / requests |");
    out.add("|---|---|---|---|---|---|---|");
    for (String target : targets(cells.stream().map(Cell::target))) {
      for (int connections : PeerBenchmark.CONNECTIONS) {
        List<Cell> mine = cells.stream().filter(c -> c.target().equals(target) && c.connections() == connections).toList();
        double[] ratios = mine.stream().mapToDouble(c -> c.result().perSecond() / peerRate(peerOf(target, peer), c)).sorted().toArray();
        out.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %s | %d / %d |", target, connections,
            median(mine.stream().mapToDouble(c -> c.result().perSecond()).sorted().toArray()), spread(ratios),
            millis(mine.stream().map(Cell::result), 0.5), millis(mine.stream().map(Cell::result), 0.99),
            mine.stream().mapToInt(c -> c.result().failed()).sum(),
            mine.stream().mapToInt(c -> c.result().failed() + c.result().succeeded()).sum()));
      }
    }
    out.add("");
    out.add("Database work per started instance, over all cells of a start (the instance's async jobs ran to their next"
        + " wait state before the \"after\" figures were read; the statements include the job executor's polling meanwhile):");
    out.add("");
    out.add("| start | instances | KB of database per instance | SQL statements per start | statement time per start |");
    out.add("|---|---|---|---|---|");
    for (String target : targets(cells.stream().map(Cell::target))) {
      List<Cell> mine = cells.stream().filter(c -> c.target().equals(target)).toList();
      long instances = mine.stream().mapToLong(c -> c.result().succeeded()).sum();
      out.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.2f ms |", target, instances,
          mine.stream().mapToLong(c -> c.after().bytes() - c.before().bytes()).sum() / 1024.0 / instances,
          (double) mine.stream().mapToLong(c -> c.after().statements() - c.before().statements()).sum() / instances,
          mine.stream().mapToDouble(c -> c.after().statementMillis() - c.before().statementMillis()).sum() / instances));
    }
    out.add("");
    out.add("The issue's targets on PostgreSQL:");
    out.add("");
    out.add("| start | ≥ 1.0 × peer at 1 / 4 / 16 conns (median ratio) | no failure at 16 conns | ≤ 13 KB per instance |");
    out.add("|---|---|---|---|");
    for (String target : targets(cells.stream().map(Cell::target)
        .filter(Predicate.not(peer::equals)).filter(Predicate.not(ownPeers::containsValue)))) {
      List<String> ratios = new ArrayList<>();
      List<String> againstFirstPeer = new ArrayList<>();
      for (int connections : PeerBenchmark.CONNECTIONS) {
        List<Cell> mine = cells.stream().filter(c -> c.target().equals(target) && c.connections() == connections).toList();
        double ratio = median(mine.stream().mapToDouble(c -> c.result().perSecond() / peerRate(peerOf(target, peer), c)).sorted().toArray());
        ratios.add(String.format(Locale.ROOT, "%.2f %s", ratio, ratio >= TARGET_RATIO ? "met" : "**not met**"));
        againstFirstPeer.add(String.format(Locale.ROOT, "%.2f",
            median(mine.stream().mapToDouble(c -> c.result().perSecond() / peerRate(peer, c)).sorted().toArray())));
      }
      String ratioCell = String.join(" / ", ratios) + (ownPeers.containsKey(target)
          ? " (against the plain onboarding of the same shape; against the one-task start: " + String.join(" / ", againstFirstPeer) + ")"
          : "");
      int failedAt16 = cells.stream().filter(c -> c.target().equals(target) && c.connections() == 16)
          .mapToInt(c -> c.result().failed()).sum();
      List<Cell> mine = cells.stream().filter(c -> c.target().equals(target)).toList();
      double kb = mine.stream().mapToLong(c -> c.after().bytes() - c.before().bytes()).sum() / 1024.0
          / mine.stream().mapToLong(c -> c.result().succeeded()).sum();
      out.add(String.format(Locale.ROOT, "| %s | %s | %s | %.1f KB %s |", target, ratioCell,
          failedAt16 == 0 ? "met" : "**not met** (" + failedAt16 + ")", kb, kb <= TARGET_KB ? "met" : "**not met**"));
    }
    out.add("");
    out.add("Resident memory of each process (VmRSS; peak VmHWM):");
    out.add("");
    out.add("| when | plain Camunda | PMO Flow |");
    out.add("|---|---|---|");
    out.addAll(memory);
    out.add("");
    out.add("Authorization cost with few and many registered vendors (spec-change start and peer at 4 connections,"
        + " interleaved rounds; between the two, the rounds above left their instances and open tasks behind):");
    out.add("");
    out.add("| vendors registered | rows in ACT_RU_AUTHORIZATION | start | starts/s (median) | × peer, median (min–max) | p50 | p99 | failed |");
    out.add("|---|---|---|---|---|---|---|---|");
    for (String label : targets(vendorCells.stream().map(VendorCell::label))) {
      for (String target : targets(vendorCells.stream().map(VendorCell::target))) {
        List<VendorCell> mine = vendorCells.stream().filter(c -> c.label().equals(label) && c.target().equals(target)).toList();
        double[] ratios = mine.stream().mapToDouble(c -> c.result().perSecond() / vendorPeerRate(peer, c)).sorted().toArray();
        out.add(String.format(Locale.ROOT, "| %d | %d | %s | %.1f | %s | %s | %s | %d |", mine.get(0).vendors(),
            mine.get(0).authorizations(), target, median(mine.stream().mapToDouble(c -> c.result().perSecond()).sorted().toArray()),
            spread(ratios), millis(mine.stream().map(VendorCell::result), 0.5), millis(mine.stream().map(VendorCell::result), 0.99),
            mine.stream().mapToInt(c -> c.result().failed()).sum()));
      }
    }
    out.add("");
    notes.forEach(note -> out.add("- " + note.substring(0, 1).toUpperCase(Locale.ROOT) + note.substring(1) + "."));
    out.add("");
    return String.join("\n", out) + "\n";
  }

  private String peerOf(String target, String firstPeer) {
    return ownPeers.getOrDefault(target, firstPeer);
  }

  private double peerRate(String peer, Cell cell) {
    return cells.stream().filter(c -> c.target().equals(peer) && c.connections() == cell.connections() && c.round() == cell.round())
        .findFirst().orElseThrow().result().perSecond();
  }

  private double vendorPeerRate(String peer, VendorCell cell) {
    return vendorCells.stream().filter(c -> c.target().equals(peer) && c.label().equals(cell.label()) && c.round() == cell.round())
        .findFirst().orElseThrow().result().perSecond();
  }

  private static Set<String> targets(Stream<String> names) {
    return names.collect(LinkedHashSet::new, Set::add, Set::addAll);
  }

  private static String millis(Stream<Load.Result> results, double percentile) {
    long[] pooled = results.flatMapToLong(r -> Arrays.stream(r.sortedMicros())).sorted().toArray();
    return String.format(Locale.ROOT, "%.0f ms", new Load.Result(pooled.length, 0, 1, pooled, null).percentileMillis(percentile));
  }

  private static String spread(double[] sorted) {
    return String.format(Locale.ROOT, "%.2f × (%.2f–%.2f)", median(sorted), sorted[0], sorted[sorted.length - 1]);
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static void print(String line) {
    System.out.println("BENCHMARK " + line);
  }
}

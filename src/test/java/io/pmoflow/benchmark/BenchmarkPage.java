package io.pmoflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** docs/benchmarks.md, where each benchmark rewrites only its own section, between its two markers. */
final class BenchmarkPage {

  private BenchmarkPage() {}

  /** Replaces the section between the markers (appends it when the page has none yet). */
  static void writeSection(String startMark, String endMark, String markdown) throws IOException {
    Path docs = Path.of("docs/benchmarks.md");
    String page = Files.readString(docs);
    int start = page.indexOf(startMark);
    int end = page.indexOf(endMark);
    String section = startMark + "\n" + markdown + endMark;
    Files.writeString(docs, start >= 0 && end > start
        ? page.substring(0, start) + section + page.substring(end + endMark.length())
        : page + "\n" + section + "\n");
  }

  /** Writes target/benchmarks/{file} and prints it. */
  static void writeResult(String file, String markdown) throws IOException {
    Path results = Path.of("target/benchmarks", file);
    Files.createDirectories(results.getParent());
    Files.writeString(results, markdown);
    System.out.println(markdown);
  }
}

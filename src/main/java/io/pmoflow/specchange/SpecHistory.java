package io.pmoflow.specchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A project's specification through its baselines, built from the section revisions: what each
 * section said as of a version, which version last changed it, and the differences between two
 * versions. Pure logic, no database.
 */
final class SpecHistory {

  /** One revision: the section's content from {@code version} on. */
  record Revision(String sectionKey, SectionKind kind, int version, String title, String body) {}

  record Content(String sectionKey, SectionKind kind, String title, String body, int changedIn) {}

  enum Change {
    ADDED,
    CHANGED
  }

  record SectionDiff(
      String sectionKey, SectionKind kind, Change change, String titleBefore, String titleAfter, List<String> lines) {}

  private final Map<String, List<Revision>> bySection = new TreeMap<>();

  SpecHistory(List<Revision> revisions) {
    for (Revision revision : revisions) {
      bySection.computeIfAbsent(revision.sectionKey(), key -> new ArrayList<>()).add(revision);
    }
    bySection.values().forEach(list -> list.sort(Comparator.comparingInt(Revision::version)));
  }

  /** Every section as of the version (sections added later are absent), by key. */
  Map<String, Content> at(int version) {
    Map<String, Content> contents = new LinkedHashMap<>();
    bySection.forEach(
        (key, revisions) -> latest(revisions, version).ifPresent(r -> contents.put(key, content(r))));
    return contents;
  }

  /** The version that last changed the section, up to and including {@code upTo}. */
  Optional<Integer> lastChanged(String sectionKey, int upTo) {
    return latest(bySection.getOrDefault(sectionKey, List.of()), upTo).map(Revision::version);
  }

  /** The sections whose title or text differ between the two versions, with a line diff each. */
  List<SectionDiff> diff(int from, int to) {
    Map<String, Content> before = at(from);
    Map<String, Content> after = at(to);
    List<SectionDiff> diffs = new ArrayList<>();
    after.forEach(
        (key, now) -> {
          Content then = before.get(key);
          if (then == null) {
            diffs.add(new SectionDiff(key, now.kind(), Change.ADDED, null, now.title(), LineDiff.of("", now.body())));
          } else if (!Objects.equals(then.title(), now.title()) || !Objects.equals(then.body(), now.body())) {
            diffs.add(
                new SectionDiff(
                    key, now.kind(), Change.CHANGED, then.title(), now.title(), LineDiff.of(then.body(), now.body())));
          }
        });
    return diffs;
  }

  private static Optional<Revision> latest(List<Revision> revisions, int version) {
    Revision found = null;
    for (Revision revision : revisions) {
      if (revision.version() <= version) {
        found = revision;
      }
    }
    return Optional.ofNullable(found);
  }

  private static Content content(Revision r) {
    return new Content(r.sectionKey(), r.kind(), r.title(), r.body(), r.version());
  }
}

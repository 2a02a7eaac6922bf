package io.pmoflow.specchange;

import java.time.Instant;
import java.util.List;

/** What the specification API returns. */
public final class SpecViews {

  private SpecViews() {}

  public record SectionView(String key, SectionKind kind, String title, String text, int changedInVersion) {}

  public record BaselineView(
      int version, Long changeRequestId, String summary, Instant createdAt, String createdBy) {}

  public record ManualSectionView(String key, String title, List<String> screens) {}

  public record SpecView(
      Long projectId,
      int currentVersion,
      List<SectionView> sections,
      List<ManualSectionView> manualSections,
      List<BaselineView> history) {}

  public record DiffView(Long projectId, int from, int to, List<SpecHistory.SectionDiff> sections, String text) {}
}

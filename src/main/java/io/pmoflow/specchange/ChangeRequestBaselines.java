package io.pmoflow.specchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an approved change does to the specification: the new baseline, the manual sections whose
 * screenshots must be re-verified, and the roll-back the board may order for an emergency change.
 */
@Service
public class ChangeRequestBaselines {

  /** The baseline an approval wrote and the manual sections that show a changed screen ("key: title"). */
  public record NewBaseline(int version, List<Long> manualSectionIds, List<String> manualSections) {}

  private final ChangeRequestProgress progress;
  private final ChangeRequestSectionRepository proposed;
  private final SpecService spec;
  private final SpecSectionRepository sections;

  ChangeRequestBaselines(
      ChangeRequestProgress progress,
      ChangeRequestSectionRepository proposed,
      SpecService spec,
      SpecSectionRepository sections) {
    this.progress = progress;
    this.proposed = proposed;
    this.spec = spec;
    this.sections = sections;
  }

  /** Writes the new baseline with the proposed sections (once: a retry finds the version it wrote). */
  @Transactional
  public NewBaseline approve(long id) {
    ChangeRequest request = progress.find(id);
    if (request.getResultingVersion() != null) {
      return newBaseline(request, request.getResultingVersion());
    }
    List<ChangeRequestSection> changes = proposed.findByChangeRequestIdOrderById(id);
    noteOverlaps(id, request, changes);
    int version = spec.writeBaseline(request, changes, ChangeRequestProgress.SYSTEM);
    request.resultIn(version);
    progress.moveTo(request, ChangeStatus.APPROVED);
    progress.note(id, "Write new specification baseline", "baseline v" + version);
    return newBaseline(request, version);
  }

  /** Writes a baseline that restores the text before the emergency change; returns its version. */
  @Transactional
  public int rollBack(long id) {
    ChangeRequest request = progress.find(id);
    int version = spec.rollBack(request, proposed.findByChangeRequestIdOrderById(id), ChangeRequestProgress.SYSTEM);
    progress.moveTo(request, ChangeStatus.ROLLED_BACK);
    progress.note(id, "Roll back the baseline",
        "baseline v" + version + " restores v" + (request.getResultingVersion() - 1));
    return version;
  }

  /**
   * Submission refuses a change to a section that a newer baseline changed, but two requests
   * decided in parallel can still overlap: the later approval wins, and the trail says so.
   */
  private void noteOverlaps(long id, ChangeRequest request, List<ChangeRequestSection> changes) {
    Integer current = spec.currentVersion(request.getProjectId());
    if (current == null || current <= request.getBaseVersion()) {
      return;
    }
    SpecHistory history = spec.history(request.getProjectId());
    Map<Long, String> keys = spec.keysById(request.getProjectId());
    for (ChangeRequestSection change : changes) {
      String key = keys.get(change.getSectionId());
      history.lastChanged(key, current)
          .filter(version -> version > request.getBaseVersion())
          .ifPresent(version -> progress.note(id, "Write new specification baseline",
              "replaces " + key + " as changed in v" + version + " (request was based on v" + request.getBaseVersion() + ")"));
    }
  }

  private NewBaseline newBaseline(ChangeRequest request, int version) {
    Set<Long> uiSections = new LinkedHashSet<>();
    for (ChangeRequestSection change : proposed.findByChangeRequestIdOrderById(request.getId())) {
      sections.findById(change.getSectionId())
          .filter(s -> s.getKind() == SectionKind.UI_SCREEN)
          .ifPresent(s -> uiSections.add(s.getId()));
    }
    List<ManualSection> manual = spec.manualSectionsShowing(request.getProjectId(), uiSections);
    return new NewBaseline(
        version,
        manual.stream().map(ManualSection::getId).toList(),
        manual.stream().map(section -> section.getKey() + ": " + section.getTitle()).toList());
  }
}

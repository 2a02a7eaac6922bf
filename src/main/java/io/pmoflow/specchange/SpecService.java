package io.pmoflow.specchange;

import io.pmoflow.i18n.Text;
import io.pmoflow.project.ProjectService;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.specchange.SpecRequests.InitialSpec;
import io.pmoflow.specchange.SpecRequests.ManualSectionInput;
import io.pmoflow.specchange.SpecRequests.SectionInput;
import io.pmoflow.specchange.SpecViews.BaselineView;
import io.pmoflow.specchange.SpecViews.DiffView;
import io.pmoflow.specchange.SpecViews.ManualSectionView;
import io.pmoflow.specchange.SpecViews.SectionView;
import io.pmoflow.specchange.SpecViews.SpecView;
import io.pmoflow.web.ApiException;
import io.pmoflow.web.FieldProblems;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's specification: its baselines, sections, manual sections and diffs. */
@Service
public class SpecService {

  private final ProjectService projects;
  private final SpecSectionRepository sections;
  private final SpecSectionRevisionRepository revisions;
  private final SpecBaselineRepository baselines;
  private final ManualSectionRepository manualSections;
  private final CurrentUser currentUser;
  private final Clock clock;

  SpecService(
      ProjectService projects,
      SpecSectionRepository sections,
      SpecSectionRevisionRepository revisions,
      SpecBaselineRepository baselines,
      ManualSectionRepository manualSections,
      CurrentUser currentUser,
      Clock clock) {
    this.projects = projects;
    this.sections = sections;
    this.revisions = revisions;
    this.baselines = baselines;
    this.manualSections = manualSections;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Writes a project's first specification as baseline v1 (409 if it has one). */
  @Transactional
  public SpecView createInitial(long projectId, InitialSpec spec) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Long id = projects.find(projectId).getId();
    FieldProblems problems = new FieldProblems();
    Map<String, SectionKind> kinds = new java.util.HashMap<>();
    for (int i = 0; i < spec.sections().size(); i++) {
      SectionInput section = spec.sections().get(i);
      problems.addIf(
          kinds.put(section.key(), section.kind()) != null, "sections[" + i + "].key", Text.of("rule.used-twice-plain"));
    }
    List<ManualSectionInput> manual = spec.manualSections() == null ? List.of() : spec.manualSections();
    for (int i = 0; i < manual.size(); i++) {
      for (String screen : manual.get(i).screens()) {
        problems.addIf(
            kinds.get(screen) != SectionKind.UI_SCREEN,
            "manualSections[" + i + "].screens",
            Text.of("specchange.rule.not-a-screen", screen));
      }
    }
    problems.throwIfAny();
    if (baselines.existsByProjectId(id)) {
      throw ApiException.conflict(
          Text.of("specchange.conflict.has-spec", String.valueOf(id), String.valueOf(baselines.currentVersion(id))).inRequestLanguage());
    }
    for (SectionInput input : spec.sections()) {
      SpecSection section = sections.save(new SpecSection(id, input.key(), input.kind()));
      revisions.save(new SpecSectionRevision(section.getId(), 1, input.title(), input.text()));
    }
    baselines.save(
        new SpecBaseline(id, 1, null, "Initial specification", currentUser.id(), clock.instant()));
    for (ManualSectionInput input : manual) {
      saveManualSection(id, input);
    }
    return view(id);
  }

  /** Adds a manual section or changes its title and screens. */
  @Transactional
  public ManualSectionView putManualSection(long projectId, String key, ManualSectionInput input) {
    currentUser.requireAnyOf(PmoGroups.PMO);
    Long id = projects.find(projectId).getId();
    FieldProblems problems = new FieldProblems();
    problems.addIf(!key.equals(input.key()), "key", Text.of("rule.path-key", key));
    for (String screen : input.screens()) {
      problems.addIf(
          sections.findByProjectIdAndKey(id, screen).map(SpecSection::getKind).orElse(null)
              != SectionKind.UI_SCREEN,
          "screens",
          Text.of("specchange.rule.not-a-screen", screen));
    }
    problems.throwIfAny();
    return manualView(saveManualSection(id, input), keysById(id));
  }

  @Transactional(readOnly = true)
  public SpecView current(long projectId) {
    Long id = projects.get(projectId).getId();
    if (!baselines.existsByProjectId(id)) {
      throw ApiException.notFound(Text.of("thing.project-specification"), id);
    }
    return view(id);
  }

  /**
   * The current specification's sections, for another process's form that offers them to someone
   * entitled to the project (no reader check here); none while the project has no specification.
   */
  @Transactional(readOnly = true)
  public List<SectionView> currentSections(long projectId) {
    return baselines.existsByProjectId(projectId) ? view(projectId).sections() : List.of();
  }

  @Transactional(readOnly = true)
  public DiffView diff(long projectId, int from, int to) {
    Long id = projects.get(projectId).getId();
    Integer current = baselines.currentVersion(id);
    int last = current == null ? 0 : current;
    new FieldProblems()
        .addIf(from < 1 || from > last, "from", Text.of("specchange.rule.version", String.valueOf(last)))
        .addIf(to < 1 || to > last, "to", Text.of("specchange.rule.version", String.valueOf(last)))
        .throwIfAny();
    List<SpecHistory.SectionDiff> diffs = history(id).diff(from, to);
    return new DiffView(id, from, to, diffs, readable(from, to, diffs));
  }

  /** The current version, or null if the project has no specification yet. */
  Integer currentVersion(Long projectId) {
    return baselines.currentVersion(projectId);
  }

  SpecHistory history(Long projectId) {
    Map<Long, SpecSection> byId =
        sections.findByProjectIdOrderByKey(projectId).stream()
            .collect(Collectors.toMap(SpecSection::getId, Function.identity()));
    return new SpecHistory(
        revisions.findByProject(projectId).stream()
            .map(
                r -> {
                  SpecSection section = byId.get(r.getSectionId());
                  return new SpecHistory.Revision(
                      section.getKey(), section.getKind(), r.getVersion(), r.getTitle(), r.getBody());
                })
            .toList());
  }

  /**
   * Writes the next baseline with the proposed section contents; returns its version. Sections
   * whose proposed content equals the current one get no revision.
   */
  @Transactional
  public int writeBaseline(ChangeRequest request, List<ChangeRequestSection> changes, String actor) {
    Long projectId = request.getProjectId();
    int next = baselines.currentVersion(projectId) + 1;
    for (ChangeRequestSection change : changes) {
      revisions.save(
          new SpecSectionRevision(change.getSectionId(), next, change.getNewTitle(), change.getNewBody()));
    }
    baselines.save(
        new SpecBaseline(
            projectId, next, request.getId(), "Change request " + request.getId() + ": " + request.getTitle(),
            actor, clock.instant()));
    return next;
  }

  /** Writes the next baseline restoring the sections the request changed to their earlier content. */
  @Transactional
  public int rollBack(ChangeRequest request, List<ChangeRequestSection> changes, String actor) {
    Long projectId = request.getProjectId();
    int changedIn = request.getResultingVersion();
    Map<String, SpecHistory.Content> before = history(projectId).at(changedIn - 1);
    Map<Long, String> keys = keysById(projectId);
    int next = baselines.currentVersion(projectId) + 1;
    for (ChangeRequestSection change : changes) {
      SpecHistory.Content earlier = before.get(keys.get(change.getSectionId()));
      revisions.save(
          new SpecSectionRevision(change.getSectionId(), next, earlier.title(), earlier.body()));
    }
    baselines.save(
        new SpecBaseline(
            projectId, next, request.getId(),
            "Roll-back of change request " + request.getId() + " (restores v" + (changedIn - 1) + ")",
            actor, clock.instant()));
    return next;
  }

  /** The manual sections that show any of these (UI) sections. */
  List<ManualSection> manualSectionsShowing(Long projectId, Collection<Long> sectionIds) {
    Set<Long> changed = new HashSet<>(sectionIds);
    return manualSections.findByProjectIdOrderByKey(projectId).stream()
        .filter(m -> m.getScreenSectionIds().stream().anyMatch(changed::contains))
        .toList();
  }

  private ManualSection saveManualSection(Long projectId, ManualSectionInput input) {
    ManualSection section =
        manualSections
            .findByProjectIdAndKey(projectId, input.key())
            .orElseGet(() -> new ManualSection(projectId, input.key()));
    Set<Long> screenIds = new LinkedHashSet<>();
    for (String screen : input.screens()) {
      sections.findByProjectIdAndKey(projectId, screen).ifPresent(s -> screenIds.add(s.getId()));
    }
    section.describe(input.title(), screenIds);
    return manualSections.save(section);
  }

  Map<Long, String> keysById(Long projectId) {
    return sections.findByProjectIdOrderByKey(projectId).stream()
        .collect(Collectors.toMap(SpecSection::getId, SpecSection::getKey));
  }

  private SpecView view(Long projectId) {
    int current = baselines.currentVersion(projectId);
    List<SectionView> sectionViews = new ArrayList<>();
    history(projectId)
        .at(current)
        .values()
        .forEach(
            c -> sectionViews.add(new SectionView(c.sectionKey(), c.kind(), c.title(), c.body(), c.changedIn())));
    Map<Long, String> keys = keysById(projectId);
    return new SpecView(
        projectId,
        current,
        sectionViews,
        manualSections.findByProjectIdOrderByKey(projectId).stream().map(m -> manualView(m, keys)).toList(),
        baselines.findByProjectIdOrderByVersion(projectId).stream()
            .map(
                b -> new BaselineView(
                    b.getVersion(), b.getChangeRequestId(), b.getSummary(), b.getCreatedAt(), b.getCreatedBy()))
            .toList());
  }

  private static ManualSectionView manualView(ManualSection m, Map<Long, String> keys) {
    return new ManualSectionView(
        m.getKey(), m.getTitle(), m.getScreenSectionIds().stream().map(keys::get).sorted().toList());
  }

  static String readable(int from, int to, List<SpecHistory.SectionDiff> diffs) {
    StringBuilder text = new StringBuilder("Specification v" + from + " -> v" + to + "\n");
    if (diffs.isEmpty()) {
      text.append("(no differences)\n");
    }
    for (SpecHistory.SectionDiff diff : diffs) {
      text.append("\n== ").append(diff.sectionKey()).append(" (").append(diff.change().name().toLowerCase())
          .append(") ==\n");
      if (diff.titleBefore() != null && !diff.titleBefore().equals(diff.titleAfter())) {
        text.append("- title: ").append(diff.titleBefore()).append('\n');
      }
      text.append(diff.titleBefore() != null && diff.titleBefore().equals(diff.titleAfter()) ? "  title: " : "+ title: ")
          .append(diff.titleAfter()).append('\n');
      diff.lines().forEach(line -> text.append(line).append('\n'));
    }
    return text.toString();
  }

}

package io.pmoflow.project;

import io.pmoflow.pages.CaseRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of case that belongs to projects (RFPs, change requests, vendors), as the project pages
 * show it: each feature says what it has, so that the project pages need none of them. Every answer
 * holds only what the current user may see (the feature's visibility rule).
 */
public interface ProjectCases {

  /** The heading of the kind on a project's page: a text of the pages' bundle. */
  String heading();

  /** The project's cases, each with its open steps; empty when the user's role sees none of this kind. */
  Optional<List<CaseRow>> ofProject(long projectId);

  /** The lines of the cases that wait on a step, of every project, by project id (for the portfolio). */
  Map<Long, List<CaseRow>> waitingByProject();

  /** The lines of those {@code cases} that wait on a step, by the project each belongs to. */
  static <T> Map<Long, List<CaseRow>> waitingByProject(
      List<T> cases, Function<T, Long> projectOf, Function<T, List<CaseRow>> linesOf) {
    Map<Long, List<CaseRow>> byProject = new LinkedHashMap<>();
    for (T item : cases) {
      List<CaseRow> lines = linesOf.apply(item);
      if (lines.stream().anyMatch(line -> line.step() != null)) {
        byProject.computeIfAbsent(projectOf.apply(item), id -> new ArrayList<>()).addAll(lines);
      }
    }
    return byProject;
  }
}

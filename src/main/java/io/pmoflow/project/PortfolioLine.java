package io.pmoflow.project;

import io.pmoflow.pages.CaseRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One project in the portfolio: how many steps of its cases wait, which are overdue, and the one
 * waiting longest.
 *
 * @param waiting the lines of its cases that wait on a step
 * @param vendors its vendors and their people with access
 */
public record PortfolioLine(ProjectView project, List<CaseRow> waiting, ProjectAccess.Count vendors, Instant now) {

  public int steps() {
    return waiting.size();
  }

  /** The overdue steps, the most overdue first. */
  public List<CaseRow> overdue() {
    return waiting.stream()
        .filter(row -> row.due() != null && row.due().isBefore(now))
        .sorted(Comparator.comparing(CaseRow::due))
        .toList();
  }

  /** The step that has waited longest, if any waits. */
  public Optional<CaseRow> longest() {
    return waiting.stream().filter(row -> row.since() != null).min(Comparator.comparing(CaseRow::since));
  }

  /** The portfolio's order: most overdue steps first, then the longest wait, then the project code. */
  static final Comparator<PortfolioLine> ORDER =
      Comparator.comparing((PortfolioLine line) -> -line.overdue().size())
          .thenComparing(line -> line.longest().map(CaseRow::since).orElse(Instant.MAX))
          .thenComparing(line -> line.project().code());
}

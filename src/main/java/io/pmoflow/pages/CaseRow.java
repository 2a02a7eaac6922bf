package io.pmoflow.pages;

import io.pmoflow.process.OpenTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a page's table of cases (RFPs, change requests, vendors): the case, and one of the
 * steps it waits on with who holds it, since when and until when. A case waiting on two steps has
 * two lines; a case waiting on none has one line without a step.
 *
 * @param first whether this is the case's first line (the case's own cells are shown on it)
 * @param statusKey the status as a text of the pages' bundle, e.g. {@code pages.status.rfp.ISSUED}
 */
public record CaseRow(
    boolean first, String key, String link, String title, String statusKey, String step, String holder,
    Instant since, Instant due) {

  /** The lines of one case. */
  public static List<CaseRow> of(String key, String link, String title, String statusKey, List<OpenTask> waitingOn) {
    if (waitingOn.isEmpty()) {
      return List.of(new CaseRow(true, key, link, title, statusKey, null, null, null, null));
    }
    List<CaseRow> rows = new ArrayList<>();
    for (OpenTask task : waitingOn) {
      rows.add(new CaseRow(rows.isEmpty(), key, link, title, statusKey, task.step(), holder(task), task.since(), task.due()));
    }
    return rows;
  }

  /**
   * Who holds a step: the person who took it, else the people or groups who may take it
   * ({@code group:pmo} for a group).
   */
  public static String holder(OpenTask task) {
    if (task.assignee() != null) {
      return task.assignee();
    }
    List<String> who = new ArrayList<>(task.candidateUsers());
    task.candidateGroups().forEach(group -> who.add("group:" + group));
    return String.join(", ", who);
  }
}

package io.pmoflow.rfp;

import io.pmoflow.process.OpenTask;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An RFP in a list: what it is, where it stands, and what it waits on, on whom, since when. */
public record RfpListItem(
    Long id,
    String key,
    Long projectId,
    String projectCode,
    String title,
    RfpStatus status,
    LocalDate issueDate,
    Instant proposalDeadline,
    String awardedVendor,
    Instant createdAt,
    String processInstanceId,
    List<OpenTask> waitingOn) {

  RfpListItem withWaitingOn(List<OpenTask> tasks) {
    return new RfpListItem(id, key, projectId, projectCode, title, status, issueDate, proposalDeadline,
        awardedVendor, createdAt, processInstanceId, tasks);
  }
}

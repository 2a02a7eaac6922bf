package io.pmoflow.specchange;

import io.pmoflow.process.OpenTask;
import java.time.Instant;
import java.util.List;

/** A change request in a list: what it asks, where it stands, what it waits on, on whom, since when. */
public record ChangeRequestListItem(
    Long id,
    String key,
    Long projectId,
    String projectCode,
    String title,
    ChangeType type,
    ChangeStatus status,
    String requester,
    RequesterRole requesterRole,
    String vendorCode,
    Instant createdAt,
    Instant updatedAt,
    String processInstanceId,
    List<OpenTask> waitingOn) {

  ChangeRequestListItem withWaitingOn(List<OpenTask> tasks) {
    return new ChangeRequestListItem(id, key, projectId, projectCode, title, type, status, requester,
        requesterRole, vendorCode, createdAt, updatedAt, processInstanceId, tasks);
  }
}

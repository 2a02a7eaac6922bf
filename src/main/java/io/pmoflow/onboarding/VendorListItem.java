package io.pmoflow.onboarding;

import io.pmoflow.process.OpenTask;
import java.time.LocalDate;
import java.util.List;

/** A vendor in a list: its contract, where its onboarding stands, what it waits on, on whom, since when. */
public record VendorListItem(
    Long id,
    String code,
    String company,
    String contractNumber,
    LocalDate contractStart,
    LocalDate contractEnd,
    boolean ndaOnFile,
    String sponsor,
    VendorStatus status,
    String processInstanceId,
    List<OpenTask> waitingOn) {

  VendorListItem withWaitingOn(List<OpenTask> tasks) {
    return new VendorListItem(id, code, company, contractNumber, contractStart, contractEnd, ndaOnFile, sponsor,
        status, processInstanceId, tasks);
  }
}

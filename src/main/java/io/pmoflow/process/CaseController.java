package io.pmoflow.process;

import io.pmoflow.i18n.Text;
import io.pmoflow.security.AsSystem;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.web.ApiException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where to follow a case that someone has just started: Tasklist asks after a start so that the
 * person sees the case's key and a link (see {@code scripts/pmoflow/refusals.js}). Only the person who
 * started it (or an administrator) is answered; anyone else gets 404, as for a case that does not exist.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

  private final HistoryService history;
  private final AsSystem asSystem;
  private final CurrentUser currentUser;
  private final CaseAddresses addresses;

  CaseController(HistoryService history, AsSystem asSystem, CurrentUser currentUser, CaseAddresses addresses) {
    this.history = history;
    this.asSystem = asSystem;
    this.currentUser = currentUser;
    this.addresses = addresses;
  }

  @GetMapping("/{processInstanceId}")
  CaseFollowUp started(@PathVariable String processInstanceId) {
    HistoricProcessInstance started = asSystem.call(
        () -> history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
    boolean own = started != null
        && (currentUser.id().equals(started.getStartUserId()) || currentUser.isInAny(PmoGroups.PMO_ADMIN));
    if (!own || started.getBusinessKey() == null) {
      throw ApiException.notFound(Text.of("thing.started-case"), processInstanceId);
    }
    return addresses.of(started.getProcessDefinitionKey(), started.getBusinessKey());
  }
}

package io.pmoflow.onboarding;

import io.pmoflow.forms.FormInputGuard;
import io.pmoflow.onboarding.AccessReconciliationElements;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Runs the access reconciliation now (it also runs every morning by itself). */
@RestController
class ReconciliationController {

  private final RuntimeService runtime;
  private final CurrentUser currentUser;

  ReconciliationController(RuntimeService runtime, CurrentUser currentUser) {
    this.runtime = runtime;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/access-reconciliations")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> start() {
    currentUser.requireAnyOf(PmoGroups.SECURITY, PmoGroups.PMO);
    // a run on demand skips the nightly timer: the application starts it at the comparison
    String id =
        FormInputGuard.asApplication(
            () -> runtime
                .createProcessInstanceByKey(VendorOnboardingVariables.RECONCILIATION_PROCESS_KEY)
                .startBeforeActivity(AccessReconciliationElements.TASK_COMPARE_DIRECTORY)
                .execute()
                .getId());
    return Map.of("processInstanceId", id);
  }
}

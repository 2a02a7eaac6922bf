package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lists every directory account or membership that no live grant explains. */
@Component
class ReconcileAccessDelegate implements JavaDelegate {

  private final AccessReconciliation reconciliation;

  ReconcileAccessDelegate(AccessReconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    java.util.List<String> orphans = reconciliation.orphans();
    execution.setVariable(ORPHAN_COUNT, orphans.size());
    execution.setVariable(ORPHAN_REPORT, orphans.isEmpty() ? "" : String.join("\n", orphans));
  }
}

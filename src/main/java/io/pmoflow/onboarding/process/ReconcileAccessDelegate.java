package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.ORPHANS_FOUND;
import static io.pmoflow.onboarding.VendorOnboardingVariables.ORPHAN_COUNT;
import static io.pmoflow.onboarding.VendorOnboardingVariables.ORPHAN_REPORT;

import io.pmoflow.onboarding.AccessReconciliation;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Compare the directory with the grants": every directory account or membership that no live grant explains. */
@Component
public class ReconcileAccessDelegate implements JavaDelegate {

  private final AccessReconciliation reconciliation;

  public ReconcileAccessDelegate(AccessReconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> orphans = reconciliation.orphans();
    execution.setVariable(ORPHAN_COUNT, orphans.size());
    execution.setVariable(ORPHAN_REPORT, String.join("\n", orphans));
    execution.setVariable(ORPHANS_FOUND, !orphans.isEmpty());
  }
}

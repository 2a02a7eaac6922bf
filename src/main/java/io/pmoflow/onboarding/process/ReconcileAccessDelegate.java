package io.pmoflow.onboarding.process;

import io.pmoflow.forms.ShownTexts;
import io.pmoflow.i18n.Text;
import java.util.stream.Collectors;
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
    List<Text> orphans = reconciliation.orphans();
    execution.setVariable(ORPHAN_COUNT, orphans.size());
    execution.setVariables(ShownTexts.of(ORPHAN_REPORT,
        language -> orphans.stream().map(orphan -> orphan.in(language)).collect(Collectors.joining("\n"))));
    execution.setVariable(ORPHANS_FOUND, !orphans.isEmpty());
  }
}

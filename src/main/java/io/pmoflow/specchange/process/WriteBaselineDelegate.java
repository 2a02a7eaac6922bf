package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;
import static io.pmoflow.specchange.SpecChangeVariables.MANUAL_AFFECTED;
import static io.pmoflow.specchange.SpecChangeVariables.MANUAL_SECTIONS;
import static io.pmoflow.specchange.SpecChangeVariables.RESULTING_VERSION;

import io.pmoflow.specchange.ChangeRequestBaselines;
import io.pmoflow.specchange.ChangeRequestBaselines.NewBaseline;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_WriteBaseline: the approved change becomes the next baseline (a retry finds the version
 * it wrote); the manual sections that show a changed screen are to be re-verified. */
@Component
public class WriteBaselineDelegate implements JavaDelegate {

  private final ChangeRequestBaselines baselines;

  WriteBaselineDelegate(ChangeRequestBaselines baselines) {
    this.baselines = baselines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewBaseline baseline = baselines.approve(requestId(execution));
    execution.setVariable(RESULTING_VERSION, baseline.version());
    // an ArrayList: Spin's JSON serializer records the list's class, and an immutable List.of/toList() cannot be read back
    execution.setVariable(MANUAL_SECTIONS, new ArrayList<>(baseline.manualSections()));
    execution.setVariable(MANUAL_AFFECTED, !baseline.manualSections().isEmpty());
  }
}

package io.pmoflow.specchange;

import static io.pmoflow.specchange.SpecChangeVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the approved change as the next baseline (idempotent: a retry finds the version it wrote)
 * and names the manual sections whose screenshots must be re-verified.
 */
@Component
public class WriteBaselineDelegate implements JavaDelegate {

  private final ChangeRequestSteps steps;
  private final ManualSectionRepository manualSections;

  WriteBaselineDelegate(ChangeRequestSteps steps, ManualSectionRepository manualSections) {
    this.steps = steps;
    this.manualSections = manualSections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(CHANGE_REQUEST_ID)).longValue();
    ChangeRequestSteps.NewBaseline baseline = steps.approve(id);
    List<String> toReverify = new ArrayList<>();
    for (ManualSection section : manualSections.findByIdIn(baseline.manualSectionIds())) {
      toReverify.add(section.getKey() + ": " + section.getTitle());
    }
    execution.setVariable(RESULTING_VERSION, baseline.version());
    execution.setVariable(MANUAL_SECTIONS, toReverify);
  }
}

package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;
import static io.pmoflow.specchange.SpecChangeVariables.RESULTING_VERSION;

import io.pmoflow.specchange.ChangeRequestBaselines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RollBackBaseline: the board ordered a roll-back of an emergency change; a new baseline restores the earlier text. */
@Component
public class RollBackBaselineDelegate implements JavaDelegate {

  private final ChangeRequestBaselines baselines;

  RollBackBaselineDelegate(ChangeRequestBaselines baselines) {
    this.baselines = baselines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RESULTING_VERSION, baselines.rollBack(requestId(execution)));
  }
}

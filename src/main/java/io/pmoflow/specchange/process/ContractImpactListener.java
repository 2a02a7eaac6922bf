package io.pmoflow.specchange.process;

import static io.pmoflow.specchange.SpecChangeVariables.CHANGES_CONTRACT_OR_PLAN;
import static io.pmoflow.specchange.process.SpecChangeTasks.requestId;

import io.pmoflow.specchange.ChangeRequestProgress;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gateway_ContractChanged (on start): whether the contract must be amended, read from the request's
 * impact figures right before the gateway asks. Nothing writes it earlier (a start writes no figures),
 * and a flag sent with an approval is overwritten here.
 */
@Component
public class ContractImpactListener implements ExecutionListener {

  private final ChangeRequestProgress progress;

  ContractImpactListener(ChangeRequestProgress progress) {
    this.progress = progress;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(CHANGES_CONTRACT_OR_PLAN, progress.facts(requestId(execution)).changesContractOrPlan());
  }
}

package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.VENDOR_ID;

import io.pmoflow.onboarding.VendorService;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the NDA": the NDA is collected, the vendor has it on file. */
@Component
public class RecordNdaDelegate implements JavaDelegate {

  private final VendorService vendors;

  public RecordNdaDelegate(VendorService vendors) {
    this.vendors = vendors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    vendors.recordNda(ProcessIds.of(execution, VENDOR_ID));
  }
}

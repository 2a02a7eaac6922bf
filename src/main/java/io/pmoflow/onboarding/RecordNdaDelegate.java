package io.pmoflow.onboarding;

import static io.pmoflow.onboarding.VendorOnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** NDA collected: the vendor now has it on file. */
@Component
class RecordNdaDelegate implements JavaDelegate {

  private final VendorService vendors;

  RecordNdaDelegate(VendorService vendors) {
    this.vendors = vendors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    vendors.recordNda(Ids.of(execution, VENDOR_ID));
  }
}

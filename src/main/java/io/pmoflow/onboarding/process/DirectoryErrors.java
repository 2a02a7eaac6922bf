package io.pmoflow.onboarding.process;

import io.pmoflow.directory.DirectoryRejectedException;
import io.pmoflow.onboarding.VendorOnboardingVariables;
import org.camunda.bpm.engine.delegate.BpmnError;

/**
 * A directory refusal that retrying will not fix becomes the business error the model catches
 * (compensation, then a task for the PMO); an outage stays an exception: retries, then an incident.
 */
final class DirectoryErrors {

  private DirectoryErrors() {}

  static void rejectedAsBpmnError(Runnable step) {
    try {
      step.run();
    } catch (DirectoryRejectedException e) {
      throw new BpmnError(VendorOnboardingVariables.DIRECTORY_REJECTED, e.getMessage());
    }
  }
}

package io.pmoflow.onboarding;

import io.pmoflow.process.CasePage;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A vendor's onboarding (key: the vendor's code) is followed on the page of who has what, {@code /api/vendors/{id}/access}. */
@Component
class VendorOnboardingPage implements CasePage {

  private final VendorRepository vendors;

  VendorOnboardingPage(VendorRepository vendors) {
    this.vendors = vendors;
  }

  @Override
  public Optional<String> path(String processDefinitionKey, String businessKey) {
    if (!VendorOnboardingVariables.PROCESS_KEY.equals(processDefinitionKey)) {
      return Optional.empty();
    }
    return vendors.findIdByCode(businessKey).map(id -> "/api/vendors/" + id + "/access");
  }
}

package io.pmoflow.specchange;

import io.pmoflow.process.NumberedCasePage;
import org.springframework.stereotype.Component;

/** A change request is followed on its readable page, {@code /api/change-requests/{id}} (CR-12 → 12). */
@Component
class ChangeRequestPage extends NumberedCasePage {

  ChangeRequestPage() {
    super(SpecChangeVariables.PROCESS_KEY, "CR-", "/api/change-requests/");
  }
}

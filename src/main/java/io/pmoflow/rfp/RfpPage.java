package io.pmoflow.rfp;

import io.pmoflow.process.NumberedCasePage;
import org.springframework.stereotype.Component;

/** An RFP is followed on its readable page, {@code /api/rfps/{id}} (RFP-3 → 3). */
@Component
class RfpPage extends NumberedCasePage {

  RfpPage() {
    super(RfpVariables.PROCESS_KEY, "RFP-", "/api/rfps/");
  }
}

package io.pmoflow.specchange;

import io.pmoflow.security.PmoGroups;
import io.pmoflow.security.ProcessStartAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PMO and project managers submit change requests (for themselves, the client or a vendor). */
@Configuration
class SpecChangeAccess {

  @Bean
  ProcessStartAccess specChangeApprovalStart() {
    return new ProcessStartAccess(SpecChangeVariables.PROCESS_KEY, Set.of(PmoGroups.PMO, PmoGroups.PM));
  }
}

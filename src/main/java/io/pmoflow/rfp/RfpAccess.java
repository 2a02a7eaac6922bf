package io.pmoflow.rfp;

import io.pmoflow.security.PmoGroups;
import io.pmoflow.security.ProcessStartAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RfpAccess {

  /** The PMO starts RFPs, from Tasklist or through the API. */
  @Bean
  ProcessStartAccess rfpPreparationStart() {
    return new ProcessStartAccess(RfpVariables.PROCESS_KEY, Set.of(PmoGroups.PMO));
  }
}

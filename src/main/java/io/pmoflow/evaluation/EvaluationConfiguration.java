package io.pmoflow.evaluation;

import io.pmoflow.security.PmoGroups;
import io.pmoflow.security.ProcessStartAccess;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may request an evaluation and start a reconciliation of the environments; the settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvaluationSettings.class)
class EvaluationConfiguration {

  /** The PMO or a PM asks for an evaluation, from Tasklist or through the API. */
  @Bean
  ProcessStartAccess toolEvaluationStart() {
    return new ProcessStartAccess(EvaluationVariables.PROCESS_KEY, Set.of(PmoGroups.PMO, PmoGroups.PM));
  }

  @Bean
  ProcessStartAccess environmentReconciliationStart() {
    return new ProcessStartAccess(
        EvaluationVariables.RECONCILIATION_PROCESS_KEY, Set.of(PmoGroups.INFRASTRUCTURE, PmoGroups.PMO));
  }
}

package io.pmoflow.onboarding;

import io.pmoflow.security.PmoGroups;
import io.pmoflow.security.ProcessStartAccess;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may start the onboarding and the reconciliation; the onboarding settings. */
@Configuration
@EnableConfigurationProperties(OnboardingSettings.class)
class OnboardingConfiguration {

  @Bean
  ProcessStartAccess vendorOnboardingStart() {
    return new ProcessStartAccess(VendorOnboardingVariables.PROCESS_KEY, Set.of(PmoGroups.PMO));
  }

  @Bean
  ProcessStartAccess accessReconciliationStart() {
    return new ProcessStartAccess(
        VendorOnboardingVariables.RECONCILIATION_PROCESS_KEY, Set.of(PmoGroups.SECURITY, PmoGroups.PMO));
  }
}

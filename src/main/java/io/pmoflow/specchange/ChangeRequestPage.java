package io.pmoflow.specchange;

import io.pmoflow.process.CasePage;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** A change request is followed on its readable page, {@code /api/change-requests/{id}} (CR-12 → 12). */
@Component
class ChangeRequestPage implements CasePage {

  private static final Pattern KEY = Pattern.compile("CR-(\\d+)");

  @Override
  public Optional<String> path(String processDefinitionKey, String businessKey) {
    Matcher key = KEY.matcher(businessKey);
    return SpecChangeVariables.PROCESS_KEY.equals(processDefinitionKey) && key.matches()
        ? Optional.of("/api/change-requests/" + key.group(1))
        : Optional.empty();
  }
}

package io.pmoflow.onboarding.process;

import io.pmoflow.process.RuleTexts;
import java.util.Map;
import java.util.Locale;
import java.util.HashMap;
import io.pmoflow.i18n.Languages;
import io.pmoflow.forms.ShownTexts;
import static io.pmoflow.onboarding.VendorOnboardingVariables.GRANT_ID;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_ACCESS;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_JUSTIFICATION;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_MEMBER;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_RULE;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_SECURITY_DECISION;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_VENDOR;

import io.pmoflow.onboarding.AccessDecisions;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What an access approval form shows above the decision (see {@link AccessDecisions#shown}),
 * written on the task itself when it is created, so that nothing the approver sends can change it.
 */
final class AccessRequestShown {

  private AccessRequestShown() {}

  static void writeOn(DelegateTask task, AccessDecisions decisions, boolean withEarlierDecision) {
    long grantId = ProcessIds.of(task.getExecution(), GRANT_ID);
    Map<Locale, AccessDecisions.RequestShown> shown = new HashMap<>();
    for (Locale language : Languages.SUPPORTED) {
      AccessDecisions.RequestShown inLanguage = decisions.shown(grantId, language);
      if (inLanguage == null) {
        return;
      }
      shown.put(language, inLanguage);
    }
    Map<String, Object> fields = new HashMap<>();
    ShownTexts.put(fields, SHOWN_MEMBER, language -> shown.get(language).member());
    ShownTexts.put(fields, SHOWN_VENDOR, language -> shown.get(language).vendor());
    ShownTexts.put(fields, SHOWN_ACCESS, language -> shown.get(language).access());
    fields.put(SHOWN_JUSTIFICATION, shown.get(Languages.ENGLISH).justification());
    String rule = shown.get(Languages.ENGLISH).rule();
    ShownTexts.put(fields, SHOWN_RULE, language -> RuleTexts.in(language, rule));
    if (withEarlierDecision) {
      ShownTexts.put(fields, SHOWN_SECURITY_DECISION, language -> shown.get(language).earlierDecision());
    }
    task.setVariablesLocal(fields);
  }
}

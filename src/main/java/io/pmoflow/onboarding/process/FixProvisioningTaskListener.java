package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.MEMBER_ID;
import static io.pmoflow.onboarding.VendorOnboardingVariables.PROVISIONING_ACTION;
import static io.pmoflow.onboarding.VendorOnboardingVariables.PROVISIONING_ERROR;
import static io.pmoflow.onboarding.VendorOnboardingVariables.RETRY;
import static io.pmoflow.onboarding.VendorOnboardingVariables.RETRY_PROVISIONING;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_ACCESS;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_ACCOUNT;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_ERROR;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_MEMBER;

import io.pmoflow.forms.ShownTexts;
import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.Text;
import io.pmoflow.onboarding.AccessProvisioning;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Fix failed provisioning": on create writes what the form shows (the member, their account, the
 * approved access at stake and the directory's error); on complete the PMO's choice (try again or give up) becomes the decision
 * that the gateway "Try again?" reads.
 */
@Component
public class FixProvisioningTaskListener implements TaskListener {

  private final AccessProvisioning provisioning;

  public FixProvisioningTaskListener(AccessProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      long memberId = ProcessIds.of(task.getExecution(), MEMBER_ID);
      Map<Locale, AccessProvisioning.FailedMember> failed = new HashMap<>();
      Languages.SUPPORTED.forEach(language -> failed.put(language, provisioning.failedMember(memberId, language)));
      Map<String, Object> fields = new HashMap<>();
      if (!failed.containsValue(null)) {
        ShownTexts.put(fields, SHOWN_MEMBER, language -> failed.get(language).member());
        ShownTexts.put(fields, SHOWN_ACCOUNT, language -> failed.get(language).account());
        ShownTexts.put(fields, SHOWN_ACCESS, language -> failed.get(language).access());
      }
      Object error = task.getExecution().getVariable(PROVISIONING_ERROR);
      // the directory's own words stay as it gave them: PMO Flow says in the reader's language whose words they are
      ShownTexts.put(fields, SHOWN_ERROR, language -> error == null
          ? Text.of("onboarding.text.no-directory-reason").in(language)
          : Text.of("onboarding.text.directory-error", error).in(language));
      task.setVariablesLocal(fields);
      return;
    }
    task.getExecution().setVariable(RETRY_PROVISIONING, RETRY.equals(task.getVariable(PROVISIONING_ACTION)));
  }
}

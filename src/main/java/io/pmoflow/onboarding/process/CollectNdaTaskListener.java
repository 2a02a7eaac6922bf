package io.pmoflow.onboarding.process;

import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_CONTRACT;
import static io.pmoflow.onboarding.VendorOnboardingVariables.SHOWN_VENDOR;
import static io.pmoflow.onboarding.VendorOnboardingVariables.VENDOR_ID;

import io.pmoflow.forms.ShownTexts;
import io.pmoflow.onboarding.VendorService;
import io.pmoflow.i18n.Languages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import io.pmoflow.process.ProcessIds;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Collect the NDA": on create writes what the form shows, the vendor and its contract's number and dates. */
@Component
public class CollectNdaTaskListener implements TaskListener {

  private final VendorService vendors;

  public CollectNdaTaskListener(VendorService vendors) {
    this.vendors = vendors;
  }

  @Override
  public void notify(DelegateTask task) {
    long vendorId = ProcessIds.of(task.getExecution(), VENDOR_ID);
    Map<Locale, VendorService.NdaShown> shown = new HashMap<>();
    for (Locale language : Languages.SUPPORTED) {
      VendorService.NdaShown inLanguage = vendors.ndaShown(vendorId, language);
      if (inLanguage == null) {
        return;
      }
      shown.put(language, inLanguage);
    }
    Map<String, Object> fields = new HashMap<>();
    ShownTexts.put(fields, SHOWN_VENDOR, language -> shown.get(language).vendor());
    ShownTexts.put(fields, SHOWN_CONTRACT, language -> shown.get(language).contract());
    task.setVariablesLocal(fields);
  }
}

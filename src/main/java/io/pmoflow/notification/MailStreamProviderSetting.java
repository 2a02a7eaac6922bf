package io.pmoflow.notification;

import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Jakarta Mail 2.1 finds its stream provider anew, with a ServiceLoader scan of every jar on the
 * class path, each time a message is written or parsed (jakartaee/mail-api#861, open). Measured: a
 * third of the outbox thread's CPU, and a tenth of the embedded mail server's. The API reads a
 * system property before it scans; naming Angus Mail's provider there skips the scan. A value set
 * by the operator is kept.
 */
@Component
class MailStreamProviderSetting {

  static final String PROPERTY = "jakarta.mail.util.StreamProvider";
  static final String ANGUS_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

  MailStreamProviderSetting() {
    if (System.getProperty(PROPERTY) == null
        && ClassUtils.isPresent(ANGUS_PROVIDER, MailStreamProviderSetting.class.getClassLoader())) {
      System.setProperty(PROPERTY, ANGUS_PROVIDER);
    }
  }
}

package io.pmoflow.onboarding;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox must keep an activation mail's body until it is sent; once sent, the one-time link in
 * it is blanked, so the database holds only the token's hash.
 */
@Component
public class ActivationMailScrubber {

  static final String REMOVED = "(The one-time activation link was removed from the stored copy after sending.)";

  private final JdbcTemplate jdbc;

  ActivationMailScrubber(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Scheduled(fixedDelayString = "${pmoflow.onboarding.activation-mail-scrub-interval:PT1M}")
  public int scrub() {
    return jdbc.update(
        "update outbox_mail set body = ? where status = 'SENT' and dedupe_key like 'vendor-member-%/activation' and body <> ?",
        REMOVED,
        REMOVED);
  }
}

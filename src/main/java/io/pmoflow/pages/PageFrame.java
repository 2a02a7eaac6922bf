package io.pmoflow.pages;

import io.pmoflow.i18n.DateTexts;
import io.pmoflow.i18n.Languages;
import io.pmoflow.process.TaskNames;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What the shared layout shows around every page and what every page may use: the person, their
 * language, the form token, and dates written as that language writes them in the deployment's zone.
 *
 * @param userId the person logged in
 * @param name their name as the identity service knows it
 * @param language the page's language ({@code ja} or {@code en})
 * @param token the form token every POST form carries as {@value PageTokens#FIELD}
 * @param here this page's address, to come back to after switching the language
 * @param vendorStaff whether the person works for a vendor (their menu is the vendor portal)
 */
public record PageFrame(
    String userId, String name, Locale language, ZoneId zone, String token, String here, Instant now, boolean vendorStaff) {

  private static final TaskNames JAPANESE_STEPS = TaskNames.japanese();

  public String tokenField() {
    return PageTokens.FIELD;
  }

  public String languageTag() {
    return language.getLanguage();
  }

  public String date(LocalDate date) {
    return DateTexts.date(date, language);
  }

  public String dateTime(Instant moment) {
    return DateTexts.dateTime(moment, language, zone);
  }

  /** A step (a task's name, stored in English) in the page's language. */
  public String step(String name) {
    return Languages.JAPANESE.equals(language) ? JAPANESE_STEPS.translated(name) : name;
  }

  /** Whether a due date has passed. */
  public boolean overdue(Instant due) {
    return due != null && due.isBefore(now);
  }

  /** How long ago, in whole days (0 today): a step that waits since then. */
  public long daysSince(Instant since) {
    return since == null ? 0 : java.time.Duration.between(since, now).toDays();
  }
}

package io.pmoflow.pages;

import io.pmoflow.i18n.DateTexts;
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
 */
public record PageFrame(String userId, String name, Locale language, ZoneId zone, String token, String here) {

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
}

package io.pmoflow.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * PMO Flow's texts in a language: messages from the bundles ({@code spring.messages.basename}),
 * dates and times in that language's format and the deployment's time zone. Documents and mails
 * take their fixed text from here, one key per text, the same code for every language.
 */
@Component
public class Texts {

  private final MessageSource messages;
  private final I18nSettings settings;
  private final PersonLanguages people;

  public Texts(MessageSource messages, I18nSettings settings, PersonLanguages people) {
    this.messages = messages;
    this.settings = settings;
    this.people = people;
  }

  /** The texts in the language the person reads ({@link PersonLanguages}). */
  public LanguageTexts forPerson(String userId) {
    return in(people.of(userId));
  }

  /** The texts in the language of the request being served (English outside a request). */
  public LanguageTexts inRequestLanguage() {
    return in(RequestLanguage.current(Languages.ENGLISH));
  }

  /** The texts in {@code language} (one of {@link Languages#SUPPORTED}; anything else reads English). */
  public LanguageTexts in(Locale language) {
    Locale supported = Languages.supported(language);
    return new LanguageTexts(messages, supported, settings.timeZone());
  }
}

package io.pmoflow.pages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A text of the pages' bundle ({@code i18n/pages}) in the language of the request. */
@Component
public class PageTexts {

  private final MessageSource messages;

  PageTexts(MessageSource messages) {
    this.messages = messages;
  }

  public String get(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}

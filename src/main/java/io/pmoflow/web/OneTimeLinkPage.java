package io.pmoflow.web;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages behind one-time links (an account's activation, an environment's connection details):
 * opening the link shows a form that posts the token back, so a mail scanner that fetches the link
 * uses nothing up; only the person's click does. The token travels in the form and is never logged.
 */
public final class OneTimeLinkPage {

  private OneTimeLinkPage() {}

  /** A page with this title and body (HTML the caller escaped), in the request's language. */
  public static String of(String title, String bodyHtml) {
    String escapedTitle = HtmlUtils.htmlEscape(title);
    return "<!doctype html><html lang='" + RequestLanguage.current(Languages.ENGLISH).getLanguage() + "'><head><meta charset='utf-8'><title>"
        + escapedTitle + "</title></head><body><h1>" + escapedTitle + "</h1>" + bodyHtml + "</body></html>";
  }

  /** The form that posts the token back to {@code action}, with the caller's fields (escaped HTML) before the button. */
  public static String form(String action, String token, String fieldsHtml, String button) {
    return "<form method='post' action='" + action + "'>"
        + "<input type='hidden' name='token' value='" + HtmlUtils.htmlEscape(token) + "'>"
        + fieldsHtml + "<button>" + HtmlUtils.htmlEscape(button) + "</button></form>";
  }
}

package io.pmoflow.pages;

import io.pmoflow.i18n.Languages;
import io.pmoflow.i18n.RequestLanguage;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The layout's language switch and logout. */
@PageController
class PageSessionController {

  private static final int YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

  /**
   * Switches the language of the pages and, through the same cookie as the webapps' switch, of the
   * forms and texts the server writes; then shows the page again.
   */
  @PostMapping(PagesConfiguration.PATH + "/language")
  String language(@RequestParam String language, @RequestParam(defaultValue = "") String back,
      HttpServletRequest request, HttpServletResponse response) {
    Locale chosen = Languages.supported(language);
    Cookie cookie = new Cookie(RequestLanguage.COOKIE, chosen.getLanguage());
    cookie.setPath("/");
    cookie.setMaxAge(YEAR_IN_SECONDS);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(request.isSecure());
    response.addCookie(cookie);
    return "redirect:" + (isPage(back) ? back : PagesConfiguration.PATH + "/projects");
  }

  /**
   * Ends the login of the pages and of Tasklist, Cockpit and Admin at once: they share the session.
   * (The webapps' own logout needs their XSRF header, which a plain HTML form cannot send.)
   */
  @PostMapping(PagesConfiguration.PATH + "/logout")
  String logout(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return "redirect:/camunda/app/tasklist/";
  }

  /** Only an address of the pages: never another site (an open redirect). */
  static boolean isPage(String address) {
    return address.startsWith(PagesConfiguration.PATH + "/") && !address.startsWith("//")
        && address.matches("[A-Za-z0-9/_.~%?&=+-]*");
  }
}

package io.pmoflow.pages;

import io.pmoflow.security.WebappLogins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages under {@code /pmo} take the login of Tasklist (the webapps' session): the person is set
 * on the engine for the request, so every read and write is checked as theirs. Someone not logged in
 * is sent to Tasklist's login; Tasklist knows no return address to another application, so the
 * page asked for is kept in the cookie {@value #RETURN_COOKIE}, which PMO Flow's Tasklist script
 * ({@code tasklist/scripts/pmoflow/pages.js}) follows once the login succeeded.
 */
class PageLoginFilter extends OncePerRequestFilter {

  static final String RETURN_COOKIE = "pmoflow-return";
  static final String TASKLIST_LOGIN = "/camunda/app/tasklist/default/#/login";

  private final WebappLogins logins;

  PageLoginFilter(WebappLogins logins) {
    this.logins = logins;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = logins.userOf(request);
    if (user == null) {
      if ("GET".equals(request.getMethod())) {
        Cookie back = new Cookie(RETURN_COOKIE, returnAddress(request));
        back.setPath("/");
        back.setMaxAge(15 * 60);
        back.setAttribute("SameSite", "Lax");
        back.setSecure(request.isSecure());
        response.addCookie(back);
      }
      response.sendRedirect(request.getContextPath() + TASKLIST_LOGIN);
      return;
    }
    logins.authenticate(user);
    try {
      chain.doFilter(request, response);
    } finally {
      logins.clear();
    }
  }

  /** The page asked for, within the application (a cookie value holds no spaces or semicolons). */
  private static String returnAddress(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    String address = path + (query == null ? "" : "?" + query);
    return PageSessionController.isPage(address) ? address : PagesConfiguration.PATH + "/projects";
  }
}

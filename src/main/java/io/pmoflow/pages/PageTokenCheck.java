package io.pmoflow.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses (403) every change to the pages that does not carry the session's form token. */
class PageTokenCheck implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    boolean reads = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (!reads && !PageTokens.matches(request)) {
      throw new PageRefusal(HttpStatus.FORBIDDEN, "pages.refused.token");
    }
    return true;
  }
}

package io.pmoflow.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchronizer token of the pages' forms: one random token per session, written into every
 * form as the field {@value #FIELD} and compared on every POST. Another site can make the browser
 * send the session cookie, but it cannot read the token.
 */
final class PageTokens {

  static final String FIELD = "_csrf";
  private static final String ATTRIBUTE = PageTokens.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private PageTokens() {}

  /** This session's token, made on first use. */
  static String of(HttpServletRequest request) {
    HttpSession session = request.getSession();
    synchronized (session) {
      String token = (String) session.getAttribute(ATTRIBUTE);
      if (token == null) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
      }
      return token;
    }
  }

  /** Whether the request carries this session's token. */
  static boolean matches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    String sent = request.getParameter(FIELD);
    return expected != null && sent != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}

package io.pmoflow.onboarding;

import io.pmoflow.directory.DirectoryRejectedException;
import io.pmoflow.directory.DirectoryUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The page behind the one-time activation link (outside /api: the member has no password yet).
 * The token travels in the form and is never logged.
 */
@RestController
class ActivationController {

  private final AccountActivation activation;

  ActivationController(AccountActivation activation) {
    this.activation = activation;
  }

  @GetMapping(value = "/activation", produces = MediaType.TEXT_HTML_VALUE)
  String form(@RequestParam(defaultValue = "") String token) {
    return page(
        "<form method='post' action='activation'>"
            + "<input type='hidden' name='token' value='" + HtmlUtils.htmlEscape(token) + "'>"
            + "<label>New password (at least " + AccountActivation.MIN_PASSWORD_LENGTH + " characters) "
            + "<input type='password' name='password' minlength='" + AccountActivation.MIN_PASSWORD_LENGTH + "' required></label> "
            + "<button>Set password</button></form>");
  }

  @PostMapping(value = "/activation", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> activate(@RequestParam String token, @RequestParam String password) {
    try {
      return activation
          .activate(token, password)
          .map(user -> ResponseEntity.ok(page("<p>Your password is set. Log in as <b>" + HtmlUtils.htmlEscape(user) + "</b>.</p>")))
          .orElseGet(() -> ResponseEntity.status(HttpStatus.GONE).body(page("<p>This link is unknown, used or expired. Ask the PMO for a new one.</p>")));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(page("<p>" + HtmlUtils.htmlEscape(e.getMessage()) + "</p>"));
    } catch (DirectoryRejectedException e) {
      // e.g. the server's password policy (quality, history); nothing was activated, the link still works
      return ResponseEntity.badRequest().body(page(
          "<p>The account directory refused this password. Choose another one, or ask the PMO. Your link still works.</p>"));
    } catch (DirectoryUnavailableException e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(
          "<p>The account directory cannot be reached just now. Try again in a few minutes; your link still works.</p>"));
    }
  }

  private static String page(String body) {
    return "<!doctype html><html><head><title>PMO Flow account</title></head><body><h1>PMO Flow account</h1>"
        + body + "</body></html>";
  }
}

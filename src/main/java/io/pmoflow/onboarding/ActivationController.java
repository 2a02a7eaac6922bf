package io.pmoflow.onboarding;

import io.pmoflow.i18n.Text;
import io.pmoflow.directory.DirectoryRejectedException;
import io.pmoflow.directory.DirectoryUnavailableException;
import io.pmoflow.web.OneTimeLinkPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The page behind the one-time activation link (outside /api: the member has no password yet), a
 * {@link OneTimeLinkPage}.
 */
@RestController
class ActivationController {

  private final AccountActivation activation;

  ActivationController(AccountActivation activation) {
    this.activation = activation;
  }

  @GetMapping(value = "/activation", produces = MediaType.TEXT_HTML_VALUE)
  String form(@RequestParam(defaultValue = "") String token) {
    return page(OneTimeLinkPage.form("activation", token,
        "<label>" + text("activation.new-password", String.valueOf(AccountActivation.MIN_PASSWORD_LENGTH)) + " "
            + "<input type='password' name='password' minlength='" + AccountActivation.MIN_PASSWORD_LENGTH + "' required></label> ",
        text("activation.set-password")));
  }

  @PostMapping(value = "/activation", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> activate(@RequestParam String token, @RequestParam String password) {
    try {
      return activation
          .activate(token, password)
          .map(user -> ResponseEntity.ok(page("<p>" + text("activation.done", "<b>" + HtmlUtils.htmlEscape(user) + "</b>") + "</p>")))
          .orElseGet(() -> ResponseEntity.status(HttpStatus.GONE).body(page("<p>" + text("activation.gone") + "</p>")));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(page("<p>" + HtmlUtils.htmlEscape(e.getMessage()) + "</p>"));
    } catch (DirectoryRejectedException e) {
      // e.g. the server's password policy (quality, history); nothing was activated, the link still works
      return ResponseEntity.badRequest().body(page(
          "<p>" + text("activation.refused") + "</p>"));
    } catch (DirectoryUnavailableException e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(
          "<p>" + text("activation.unavailable") + "</p>"));
    }
  }

  private static String page(String body) {
    return OneTimeLinkPage.of(text("activation.title"), body);
  }

  /** A text of the page in the language of the request (escaped arguments are the caller's). */
  private static String text(String key, Object... args) {
    return Text.of(key, args).inRequestLanguage();
  }
}

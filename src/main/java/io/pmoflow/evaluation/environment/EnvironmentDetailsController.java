package io.pmoflow.evaluation.environment;

import io.pmoflow.i18n.Text;
import io.pmoflow.web.OneTimeLinkPage;
import io.pmoflow.web.ReadablePage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The page behind a tester's one-time link (a {@link OneTimeLinkPage}): the link shows a button, the
 * button shows the connection details once. A second opening answers 410 Gone.
 */
@RestController
class EnvironmentDetailsController {

  static final String PATH = "/evaluation-environment";

  private final ProvisionedEnvironments environments;

  EnvironmentDetailsController(ProvisionedEnvironments environments) {
    this.environments = environments;
  }

  @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
  String form(@RequestParam(defaultValue = "") String token) {
    return OneTimeLinkPage.of(text("evaluation.details.title"),
        "<p>" + HtmlUtils.htmlEscape(text("evaluation.details.once")) + "</p>"
            + OneTimeLinkPage.form(PATH.substring(1), token, "", text("evaluation.details.show")));
  }

  @PostMapping(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> open(@RequestParam(defaultValue = "") String token) {
    try {
      return environments.openDetails(token)
          .map(details -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(page(details)))
          .orElseGet(() -> ResponseEntity.status(HttpStatus.GONE).body(
              OneTimeLinkPage.of(text("evaluation.details.title"), "<p>" + HtmlUtils.htmlEscape(text("evaluation.details.gone")) + "</p>")));
    } catch (EnvironmentServerUnavailableException e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(
          OneTimeLinkPage.of(text("evaluation.details.title"), "<p>" + HtmlUtils.htmlEscape(text("evaluation.details.unavailable")) + "</p>"));
    }
  }

  private static String page(ConnectionDetails details) {
    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put(text("evaluation.details.environment"), details.environmentKey());
    sections.put(text("evaluation.details.host"), details.host());
    sections.put(text("evaluation.details.port"), details.port());
    sections.put(text("evaluation.details.database"), details.database());
    sections.put(text("evaluation.details.user"), details.role());
    sections.put(text("evaluation.details.password"), details.password());
    sections.put("JDBC", details.jdbcUrl());
    sections.put(text("evaluation.details.keep"), text("evaluation.details.keep-text"));
    return ReadablePage.of(text("evaluation.details.title"), sections);
  }

  private static String text(String key) {
    return Text.of(key).inRequestLanguage();
  }
}

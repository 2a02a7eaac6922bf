package io.pmoflow.pages;

import org.springframework.http.HttpStatus;

/**
 * A page request refused before it reached its work: shown as an error page with the status and
 * the text {@code key} of the pages' bundle ({@code i18n/pages}).
 */
public class PageRefusal extends RuntimeException {

  private final HttpStatus status;
  private final String key;

  public PageRefusal(HttpStatus status, String key) {
    super(key);
    this.status = status;
    this.key = key;
  }

  HttpStatus status() {
    return status;
  }

  String key() {
    return key;
  }
}

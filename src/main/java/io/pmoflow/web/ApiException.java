package io.pmoflow.web;

import io.pmoflow.i18n.Text;
import org.springframework.http.HttpStatus;

/** A failure that the API reports as an RFC 9457 problem with the given status. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  protected ApiException(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** 404: {@code what} (a text of the bundle, e.g. {@code thing.project}) with this id does not exist. */
  public static ApiException notFound(Text what, Object id) {
    return new ApiException(HttpStatus.NOT_FOUND, "Not found",
        Text.of("problem.not-found", what, String.valueOf(id)).inRequestLanguage());
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, "Conflict", detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail);
  }

  /** 503: something the request needs cannot be reached now; trying again later may succeed. */
  public static ApiException unavailable(String detail) {
    return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail);
  }
}

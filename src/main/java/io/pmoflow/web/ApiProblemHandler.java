package io.pmoflow.web;

import io.pmoflow.i18n.Text;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.dao.DataIntegrityViolationException;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the application API into an RFC 9457 problem: 400 with each invalid
 * field named, 403, 404, 409, and a 500 that never carries a stack trace.
 */
@RestControllerAdvice(basePackages = "io.pmoflow")
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

  private final DataSize maxUploadSize;

  ApiProblemHandler(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxUploadSize) {
    this.maxUploadSize = maxUploadSize;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return invalid(e.fieldProblems());
  }

  @ExceptionHandler(ApiException.class)
  ProblemDetail apiException(ApiException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setTitle(title(e.status()));
    return problem;
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail engineAuthorization(AuthorizationException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN, Text.of("problem.not-allowed", e.getMessage()).inRequestLanguage());
    problem.setTitle(title(HttpStatus.FORBIDDEN));
    return problem;
  }

  /**
   * The database refused a write. A unique key: two requests raced past the service's own check,
   * 409. A value too long or too large for its column, or a missing one: validation should have
   * refused it, but it is still the request's fault, 400. Other constraints: 409.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail constraintViolated(DataIntegrityViolationException e) {
    LOG.info("Request refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    StoredDataRefusal refusal = StoredDataRefusal.of(e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(refusal.status(), Text.of("problem.nothing-changed", refusal.detail()).inRequestLanguage());
    problem.setTitle(title(refusal.status()));
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.error("Unexpected failure of an API request", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, Text.of("problem.internal").inRequestLanguage());
    problem.setTitle(title(HttpStatus.INTERNAL_SERVER_ERROR));
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(),
                error.isBindingFailure() ? Text.of("input.invalid").inRequestLanguage() : error.getDefaultMessage()))
            .toList();
    List<FieldProblem> global =
        e.getBindingResult().getGlobalErrors().stream()
            .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()))
            .toList();
    return ResponseEntity.badRequest()
        .body(invalid(java.util.stream.Stream.concat(problems.stream(), global.stream()).toList()));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> problems =
        e.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest().body(invalid(problems));
  }

  /**
   * A body that is not JSON, or whose value at some field has the wrong type: 400 naming the field
   * and saying what it must be, never with Java class names.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return UnreadableInput.fieldProblem(e)
        .map(field -> ResponseEntity.badRequest().<Object>body(invalid(List.of(field))))
        .orElseGet(
            () -> {
              ProblemDetail problem =
                  ProblemDetail.forStatusAndDetail(
                      HttpStatus.BAD_REQUEST, Text.of("problem.nothing-changed", UnreadableInput.notJson(e)).inRequestLanguage());
              problem.setTitle(Text.of("problem.title.unreadable").inRequestLanguage());
              return ResponseEntity.badRequest().body(problem);
            });
  }

  /** An upload over {@code spring.servlet.multipart.max-request-size}: 413 in plain words, nothing stored. */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String limit = maxUploadSize.toMegabytes() > 0 ? maxUploadSize.toMegabytes() + " MB" : maxUploadSize.toKilobytes() + " KB";
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, Text.of("problem.upload-too-large", limit).inRequestLanguage());
    problem.setTitle(title(HttpStatus.PAYLOAD_TOO_LARGE));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }

  /** The problem's title in the request's language: Invalid input, Forbidden, Not found, Conflict, Internal error. */
  private static String title(HttpStatusCode status) {
    try {
      return Text.of("problem.title." + status.value()).inRequestLanguage();
    } catch (org.springframework.context.NoSuchMessageException none) {
      return status instanceof HttpStatus known ? known.getReasonPhrase() : String.valueOf(status.value());
    }
  }

  private static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, Text.of("problem.invalid-fields").inRequestLanguage());
    problem.setTitle(title(HttpStatus.BAD_REQUEST));
    problem.setType(URI.create("about:blank"));
    problem.setProperty(
        "errors",
        problems.stream()
            .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
            .toList());
    return problem;
  }
}

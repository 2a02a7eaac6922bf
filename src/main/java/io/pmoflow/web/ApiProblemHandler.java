package io.pmoflow.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the application API into an RFC 9457 problem: 400 with each invalid
 * field named, 403, 404, 409, and a 500 that never carries a stack trace.
 */
@RestControllerAdvice(basePackages = "io.pmoflow")
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return invalid(e.fieldProblems());
  }

  @ExceptionHandler(ApiException.class)
  ProblemDetail apiException(ApiException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setTitle(e.title());
    return problem;
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail engineAuthorization(AuthorizationException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN, "You are not allowed to do this: " + e.getMessage());
    problem.setTitle("Forbidden");
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
        ProblemDetail.forStatusAndDetail(refusal.status(), refusal.detail() + "; nothing was changed");
    problem.setTitle(refusal.status() == HttpStatus.BAD_REQUEST ? "Invalid input" : "Conflict");
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.error("Unexpected failure of an API request", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side; nothing was changed. The error is in the server log.");
    problem.setTitle("Internal error");
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
            .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
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
                      HttpStatus.BAD_REQUEST, UnreadableInput.notJson(e) + "; nothing was changed");
              problem.setTitle("Unreadable request");
              return ResponseEntity.badRequest().body(problem);
            });
  }

  private static ProblemDetail invalid(List<FieldProblem> problems) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The request has invalid fields; nothing was changed");
    problem.setTitle("Invalid input");
    problem.setType(URI.create("about:blank"));
    problem.setProperty(
        "errors",
        problems.stream()
            .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
            .toList());
    return problem;
  }
}

package io.pmoflow.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Input that passed bean validation but breaks a rule only the service can check (an unknown
 * user, dates out of order across objects, ...). Reported like a validation failure: 400 with
 * every offending field named.
 */
public class InvalidInputException extends ApiException {

  private final List<FieldProblem> fieldProblems;

  public InvalidInputException(List<FieldProblem> fieldProblems) {
    super(HttpStatus.BAD_REQUEST, "Invalid input", "The request has invalid fields");
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }
}

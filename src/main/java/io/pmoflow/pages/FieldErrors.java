package io.pmoflow.pages;

import io.pmoflow.web.FieldProblem;
import io.pmoflow.web.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a page's form, field by field, in the person's language, to show next to each
 * field. The rules are the API's: the request's Bean Validation (its {@code pmoflow.validation.*}
 * messages) and the service's own checks ({@link InvalidInputException}).
 */
public final class FieldErrors {

  private final Map<String, List<String>> byField = new LinkedHashMap<>();

  /** The Bean Validation rules {@code input} breaks, by field (a method rule by its property's name). */
  public static FieldErrors of(Validator validator, Object input) {
    FieldErrors errors = new FieldErrors();
    for (ConstraintViolation<Object> violation : validator.validate(input)) {
      errors.add(violation.getPropertyPath().toString(), violation.getMessage());
    }
    return errors;
  }

  public static FieldErrors none() {
    return new FieldErrors();
  }

  public FieldErrors add(String field, String message) {
    List<String> messages = byField.computeIfAbsent(field, f -> new ArrayList<>());
    if (!messages.contains(message)) {
      messages.add(message);
    }
    return this;
  }

  /** The service's refusal, each problem under the field it names. */
  public FieldErrors add(InvalidInputException refusal) {
    for (FieldProblem problem : refusal.fieldProblems()) {
      add(problem.field(), problem.message());
    }
    return this;
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The messages of one field, in the order found. */
  public List<String> of(String field) {
    return byField.getOrDefault(field, List.of());
  }

  /** Every field with a message, in the order found: the summary at the top of a refused form. */
  public List<String> fields() {
    return List.copyOf(byField.keySet());
  }
}

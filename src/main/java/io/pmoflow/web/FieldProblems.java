package io.pmoflow.web;

import io.pmoflow.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** Collects the rule violations of one request, then throws them all at once. */
public class FieldProblems {

  private final List<FieldProblem> problems = new ArrayList<>();

  public FieldProblems add(String field, String message) {
    problems.add(new FieldProblem(field, message));
    return this;
  }

  public FieldProblems addIf(boolean violated, String field, String message) {
    return violated ? add(field, message) : this;
  }

  /** Adds the rule (a text of the bundle, read in the request's language) when it is violated. */
  public FieldProblems addIf(boolean violated, String field, Text rule) {
    return violated ? add(field, rule.inRequestLanguage()) : this;
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}

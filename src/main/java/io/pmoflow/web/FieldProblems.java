package io.pmoflow.web;

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

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}

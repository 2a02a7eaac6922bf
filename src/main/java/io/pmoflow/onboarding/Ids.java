package io.pmoflow.onboarding;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads an id variable whatever number type it arrived as (Tasklist and JSON send them untyped). */
final class Ids {

  private Ids() {}

  static long of(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      return Long.parseLong(text.strip());
    }
    throw new IllegalStateException("The variable " + name + " is missing");
  }
}

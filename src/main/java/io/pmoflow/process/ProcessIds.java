package io.pmoflow.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the id of a case (a change request, an RFP, a vendor, a grant) from a variable, whatever
 * number type it arrived as: Tasklist and JSON send numbers untyped, the engine may hand back an
 * Integer, a Long or a Double. The one way every process reads its ids.
 */
public final class ProcessIds {

  private ProcessIds() {}

  /** The id in the variable; fails with the variable's name when it is missing or not a number. */
  public static long of(VariableScope scope, String variable) {
    Object value = scope.getVariable(variable);
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return Long.parseLong(text.strip());
      } catch (NumberFormatException notAnId) {
        throw new IllegalStateException("The variable " + variable + " holds \"" + text + "\", not an id");
      }
    }
    throw new IllegalStateException("The variable " + variable + " is missing");
  }

  /** The id in the variable, or {@code null} when the variable is not set. */
  public static Long orNull(VariableScope scope, String variable) {
    return scope.getVariable(variable) == null ? null : of(scope, variable);
  }
}

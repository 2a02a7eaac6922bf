package io.pmoflow.evaluation.environment;

/** The request names something that cannot be provisioned (retrying will not help): the message says what. */
public class EnvironmentRequestRefusedException extends RuntimeException {

  public EnvironmentRequestRefusedException(String message) {
    super(message);
  }
}

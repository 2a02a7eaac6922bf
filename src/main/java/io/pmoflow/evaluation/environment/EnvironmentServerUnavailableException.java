package io.pmoflow.evaluation.environment;

/**
 * The environments' database server could not be reached or failed for a reason that a retry may
 * fix. The async step that called fails; its retries, then an incident's retry, heal it.
 */
public class EnvironmentServerUnavailableException extends RuntimeException {

  public EnvironmentServerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

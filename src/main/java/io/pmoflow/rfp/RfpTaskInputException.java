package io.pmoflow.rfp;

/**
 * A user task's input breaks a rule: the task is not completed and Tasklist shows this message.
 */
public class RfpTaskInputException extends RuntimeException {

  public RfpTaskInputException(String message) {
    super(message);
  }
}

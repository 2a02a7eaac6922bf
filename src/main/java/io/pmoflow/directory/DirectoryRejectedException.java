package io.pmoflow.directory;

/** The directory refused an operation for a reason that retrying will not fix (bad name, policy). */
public class DirectoryRejectedException extends RuntimeException {

  public DirectoryRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}

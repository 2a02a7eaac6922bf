package io.pmoflow.directory;

/** The directory could not be reached or failed for a reason a retry may fix. */
public class DirectoryUnavailableException extends RuntimeException {

  public DirectoryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

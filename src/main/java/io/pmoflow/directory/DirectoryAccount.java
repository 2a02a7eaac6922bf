package io.pmoflow.directory;

import java.time.LocalDate;

/** A vendor account in the directory: its login name, display name, mail, expiry and state. */
public record DirectoryAccount(
    String uid, String displayName, String email, LocalDate expiresOn, boolean disabled) {

  public static DirectoryAccount active(String uid, String displayName, String email, LocalDate expiresOn) {
    return new DirectoryAccount(uid, displayName, email, expiresOn, false);
  }
}
